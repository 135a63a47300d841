/** An error whose message is written for the reader (in Vietnamese) and safe to show. */
export class HttpError extends Error {
  constructor(
    readonly statusCode: number,
    message: string,
  ) {
    super(message);
  }
}

/** A refused request parameter: JSON answers (the content API) name it. */
export class ParameterError extends HttpError {
  constructor(
    readonly parameter: string,
    message: string,
  ) {
    super(400, message);
  }
}
