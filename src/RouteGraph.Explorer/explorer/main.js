import './explorer.css';
import { queries } from './queries.js';
document.getElementById('app').textContent = Object.keys(queries).join(', ');
