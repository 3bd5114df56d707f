export { formatBRL } from '../../shared/domain/money';
export { formatDateBR, formatDateTimeBR } from '../../shared/domain/dates';
export { formatDocument } from '../../shared/domain/document';
