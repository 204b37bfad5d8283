// Generated from specs/alihouse/alibaba.alihouse.newhome.layout.ecode.update.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihouse.newhome.layout.ecode.update` (新房户型变更E码). */
export interface AlibabaAlihouseNewhomeLayoutEcodeUpdateRequest {
  /** 数据 */
  layout: AlibabaAlihouseNewhomeLayoutEcodeUpdateUpdateProjectLayoutECodeDTOInput;
}

/** Response of `alibaba.alihouse.newhome.layout.ecode.update`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihouseNewhomeLayoutEcodeUpdateResponse {
  /** 接口返回model */
  result?: AlibabaAlihouseNewhomeLayoutEcodeUpdateResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `UpdateProjectLayoutECodeDTO` of `alibaba.alihouse.newhome.layout.ecode.update`. */
export interface AlibabaAlihouseNewhomeLayoutEcodeUpdateUpdateProjectLayoutECodeDTOInput {
  /** 楼盘ID */
  outer_id: string;
  /** 外部货ID */
  outer_tid: string;
  /** 户型外部唯一ID */
  outer_layout_id?: string;
  /** 外部项目店ID */
  outer_store_id?: string;
  /** 数据源类型 （1-新房 2-二手房） */
  source_type: Int64Input;
  /** eCode */
  e_code: string;
}

/** `Result` of `alibaba.alihouse.newhome.layout.ecode.update`. */
export interface AlibabaAlihouseNewhomeLayoutEcodeUpdateResult {
  /** 是否成功 */
  success?: boolean;
  /** message */
  message?: string;
  /** code */
  code?: string;
  /** 返回户型ID */
  data?: string;
}

const REQUEST_SCHEMA = {
  layout: {
    outer_id: 'String',
    outer_tid: 'String',
    outer_layout_id: 'String',
    outer_store_id: 'String',
    source_type: 'Number',
    e_code: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    message: 'String',
    code: 'String',
    data: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihouse.newhome.layout.ecode.update`: method, response root, request and response schemas. */
export const alibabaAlihouseNewhomeLayoutEcodeUpdateOperation = {
  method: 'alibaba.alihouse.newhome.layout.ecode.update',
  responseRoot: 'alibaba_alihouse_newhome_layout_ecode_update_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 新房户型变更E码 — calls TOP method `alibaba.alihouse.newhome.layout.ecode.update`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihouseNewhomeLayoutEcodeUpdate(
  client: TopClient,
  request: AlibabaAlihouseNewhomeLayoutEcodeUpdateRequest,
  options?: CallOptions,
): Promise<AlibabaAlihouseNewhomeLayoutEcodeUpdateResponse> {
  return client.call<AlibabaAlihouseNewhomeLayoutEcodeUpdateResponse>(
    {
      method: 'alibaba.alihouse.newhome.layout.ecode.update',
      responseRoot: 'alibaba_alihouse_newhome_layout_ecode_update_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
