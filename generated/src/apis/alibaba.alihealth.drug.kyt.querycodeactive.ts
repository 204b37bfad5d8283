// Generated from specs/drugtrace/alibaba.alihealth.drug.kyt.querycodeactive.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihealth.drug.kyt.querycodeactive` (查询码是否激活). */
export interface AlibabaAlihealthDrugKytQuerycodeactiveRequest {
  /** 企业唯一标识 */
  ref_ent_id: string;
  /**
   * 码列表【多个码时用逗号拼接的字符串。要求数量在4000个码以下，但一般不要传这么多，如果网络不好很容易传输一半报错】
   *
   * Max list size: 4000
   */
  codes: string[];
}

/** Response of `alibaba.alihealth.drug.kyt.querycodeactive`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihealthDrugKytQuerycodeactiveResponse {
  /** 未激活或者不存在的码 */
  models?: string[];
  /** 消息码 */
  msg_code?: string;
  /** 消息提示内容 */
  msg_info?: string;
  /** 是否成功(true 成功 ,false失败) */
  response_success?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  ref_ent_id: 'String',
  codes: ['String'],
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  models: ['String'],
  msg_code: 'String',
  msg_info: 'String',
  response_success: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihealth.drug.kyt.querycodeactive`: method, response root, request and response schemas. */
export const alibabaAlihealthDrugKytQuerycodeactiveOperation = {
  method: 'alibaba.alihealth.drug.kyt.querycodeactive',
  responseRoot: 'alibaba_alihealth_drug_kyt_querycodeactive_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询码是否激活 — calls TOP method `alibaba.alihealth.drug.kyt.querycodeactive`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihealthDrugKytQuerycodeactive(
  client: TopClient,
  request: AlibabaAlihealthDrugKytQuerycodeactiveRequest,
  options?: CallOptions,
): Promise<AlibabaAlihealthDrugKytQuerycodeactiveResponse> {
  return client.call<AlibabaAlihealthDrugKytQuerycodeactiveResponse>(
    {
      method: 'alibaba.alihealth.drug.kyt.querycodeactive',
      responseRoot: 'alibaba_alihealth_drug_kyt_querycodeactive_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
