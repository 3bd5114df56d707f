export const ErrorNote = ({ message }: { message: string | null | undefined }) =>
  message ? (
    <p className="error-note" role="alert">
      {message}
    </p>
  ) : null;
