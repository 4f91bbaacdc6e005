import {applyTheme as _applyTheme} from './theme-citycoop.generated.js';
export const applyTheme = _applyTheme;
