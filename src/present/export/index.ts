export { exportCsv, type CsvExport, type CsvFile } from './export-csv.js';
export { exportFdp, buildDescriptor, type FdpExport } from './export-fdp.js';
export { FiscalDataPackage } from './fdp-descriptor.js';
export { runExport, runExportCommand, type ExportCommandOptions } from './command.js';
