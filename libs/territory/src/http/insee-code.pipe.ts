import { ArgumentMetadata, Injectable, PipeTransform } from '@nestjs/common';
import { validationProblem } from '@iae/core';
import { isInseeCode } from '../rules/commune-query';

/** A path parameter holding a commune's INSEE code; a malformed one is a 400 naming the parameter. */
@Injectable()
export class InseeCodePipe implements PipeTransform<string, string> {
  transform(value: string, metadata: ArgumentMetadata): string {
    const code = typeof value === 'string' ? value.toUpperCase() : value;
    if (typeof code !== 'string' || !isInseeCode(code)) {
      const field = metadata.data ?? 'code';
      throw validationProblem([
        { field, code: 'isInseeCode', message: `Le paramètre « ${field} » doit être un code INSEE de commune à 5 caractères (69123, 2A004).` },
      ]);
    }
    return code;
  }
}
