// Generated from specs/elife/taobao.elife.lifecard.recon.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.elife.lifecard.recon` (查询对账文件地址接口). */
export interface TaobaoElifeLifecardReconRequest {
  /** 对账日期(YYYYMMDD) */
  op_date: string;
}

/** Response of `taobao.elife.lifecard.recon`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoElifeLifecardReconResponse {
  /** 结果描述 */
  result_msg?: string;
  /** 对账日期 */
  op_date?: string;
  /** 成功标志 */
  successed?: boolean;
  /** 错误码 */
  result_code?: string;
  /** 下载下载文件 */
  recon_file_url?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  op_date: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result_msg: 'String',
  op_date: 'String',
  successed: 'Boolean',
  result_code: 'String',
  recon_file_url: 'String',
} as const satisfies ObjectSchema;

/** Static description of `taobao.elife.lifecard.recon`: method, response root, request and response schemas. */
export const taobaoElifeLifecardReconOperation = {
  method: 'taobao.elife.lifecard.recon',
  responseRoot: 'elife_lifecard_recon_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询对账文件地址接口 — calls TOP method `taobao.elife.lifecard.recon`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoElifeLifecardRecon(
  client: TopClient,
  request: TaobaoElifeLifecardReconRequest,
  options?: CallOptions,
): Promise<TaobaoElifeLifecardReconResponse> {
  return client.call<TaobaoElifeLifecardReconResponse>(
    {
      method: 'taobao.elife.lifecard.recon',
      responseRoot: 'elife_lifecard_recon_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
