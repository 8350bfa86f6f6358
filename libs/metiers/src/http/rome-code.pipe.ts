import { ArgumentMetadata, Injectable, PipeTransform } from '@nestjs/common';
import { validationProblem } from '@iae/core';
import { isRomeCode } from '../rules/rome-codes';

/** A path parameter that must be a ROME code (K2204, any case); a bad one is a 400 naming the parameter. */
@Injectable()
export class RomeCodePipe implements PipeTransform<string, string> {
  transform(value: string, metadata: ArgumentMetadata): string {
    const code = typeof value === 'string' ? value.trim().toUpperCase() : value;
    if (!isRomeCode(code)) {
      const field = metadata.data ?? 'code';
      throw validationProblem([
        { field, code: 'isRomeCode', message: `Le paramètre « ${field} » doit être un code ROME : une lettre de A à N puis quatre chiffres (K2204).` },
      ]);
    }
    return code;
  }
}
