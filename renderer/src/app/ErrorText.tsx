/** A failure said where it happened (read out at once by screen readers); nothing when there is none. */
export function ErrorText({ message }: { message: string | null | undefined }) {
  return message ? (
    <p className="error-text" role="alert">
      {message}
    </p>
  ) : null;
}
