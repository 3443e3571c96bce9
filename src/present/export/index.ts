export { exportCsv, type CsvFile } from './export-csv.js';
export { exportFdp, buildDescriptor, type FdpExport } from './export-fdp.js';
export { FiscalDataPackage } from './fdp-descriptor.js';
export { exportCommand, runExportCommand, type ExportCommandOptions } from './command.js';
