import type { FloorImportReport } from '../../../shared/ipc/dto/floor';

const count = (n: number) => n.toLocaleString('pt-BR');

/** Rows copied per step, as the import reported them. */
export function FloorImportReportTable({ report }: { report: FloorImportReport }) {
  return (
    <table className="data-table" aria-label="Relatório da importação" data-testid="floor-import-report">
      <caption>Importação concluída: {count(report.totalRows)} registros copiados.</caption>
      <thead>
        <tr>
          <th scope="col">Dados</th>
          <th scope="col">Registros</th>
        </tr>
      </thead>
      <tbody>
        {report.steps.map((s) => (
          <tr key={s.id}>
            <td>{s.label}</td>
            <td>{count(s.rows)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
