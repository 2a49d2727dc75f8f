import '../../assets/theme/fonts.css';
import '../../assets/theme/gallery.css';
