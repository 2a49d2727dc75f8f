import '../../assets/theme/fonts.css';
import '../../assets/theme/gallery.css';
import '../../assets/theme/screen-only.css';
