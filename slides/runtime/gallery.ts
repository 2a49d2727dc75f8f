import '../../assets/theme/gallery.css';
