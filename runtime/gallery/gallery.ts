import '../../assets/theme/fonts.css';
import '../../assets/theme/gallery.css';
import { applyThemeFromUrl } from '../shared/theme.ts';

// The gallery follows the reader's colour scheme; ?theme=dark / light forces one.
applyThemeFromUrl();
