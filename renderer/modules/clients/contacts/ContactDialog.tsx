import { Dialog } from '../../../ui/Dialog';
import { ContactForm, type ContactFormProps } from './ContactForm';

/** "+" on Contatos: a new contact in a dialog; editing one opens its own workspace tab instead. */
export function ContactDialog(props: ContactFormProps) {
  return (
    <Dialog
      title={props.contact ? `Editar contato: ${props.contact.name}` : 'Novo contato'}
      onClose={props.onClose}
    >
      <ContactForm {...props} />
    </Dialog>
  );
}
