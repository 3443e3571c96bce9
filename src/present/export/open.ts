export { openForReading as openForExport } from '../read-db.js';
