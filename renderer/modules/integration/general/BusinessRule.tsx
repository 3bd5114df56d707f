import type { IntegrationOverview } from '../../../../shared/ipc/dto/integration';
import styles from './BusinessRule.module.css';

/** What this integration really does, in words a supervisor can check against what they see. */
export function BusinessRule({ o }: { o: IntegrationOverview }) {
  return (
    <section className={styles.rule} aria-labelledby="integration-rule-title">
      <h3 id="integration-rule-title">Regra de negócio da integração</h3>
      <p>
        Todos os dias às {o.syncTime} (horário de Brasília) a Central pede ao ERP, pela API, os registros
        novos ou alterados desde a última leitura de cada tabela: empresas e contatos, faturas, pedidos,
        notas, cotações e seus itens, vendedores, fornecedores e a situação dos clientes com cada marca. A
        leitura é feita página por página e cada página recebida fica gravada no banco local com a posição da
        leitura; se o computador estiver desligado no horário ou a leitura for interrompida, ela continua de
        onde parou na próxima vez que o aplicativo abrir.
      </p>
      <p>
        Empresas e contatos alimentam a busca F9 e a ficha do cliente (limite, saldo e situação de crédito);
        as faturas formam as contas a receber exibidas nas informações financeiras. Quando o envio diário está
        ligado em Configurações → Bureau de crédito, às {o.receivablesTime} um só computador envia ao bureau,
        em lotes, as movimentações de contas a receber ainda não enviadas (na primeira vez, a carteira
        completa); um lote só conta como entregue quando o bureau confirma a quantidade e o valor recebidos.
        Cada requisição, com sua resposta ou erro, fica registrada e pode ser baixada na aba Histórico.
      </p>
    </section>
  );
}
