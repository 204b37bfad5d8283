// Generated from specs/tmallsc/alibaba.servicecenter.workcard.servicesku.suggest.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.servicecenter.workcard.servicesku.suggest` (服务商反馈需要履行的服务项). */
export interface AlibabaServicecenterWorkcardServiceskuSuggestRequest {
  /** 工单id */
  workcard_id: Int64Input;
  /** 真实履约服务商nick(非erp系统不要调用) */
  real_tp_nick?: string;
  /**
   * 服务商反馈服务项
   *
   * Max list size: 999
   */
  tp_suggest_service_sku_infos: AlibabaServicecenterWorkcardServiceskuSuggestTpSuggestServiceSkuInfoDtoInput[];
  /** 拓展信息 */
  extend_info?: string | Record<string, unknown>;
}

/** Response of `alibaba.servicecenter.workcard.servicesku.suggest`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaServicecenterWorkcardServiceskuSuggestResponse {
  /** 是否成功 */
  is_success?: boolean;
  /** 错误码 */
  msg_code?: string;
  /** 错误信息 */
  msg_info?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TpSuggestServiceSkuInfoDto` of `alibaba.servicecenter.workcard.servicesku.suggest`. */
export interface AlibabaServicecenterWorkcardServiceskuSuggestTpSuggestServiceSkuInfoDtoInput {
  /** 服务项 */
  service_sku_code: string;
  /** 问题图片链接 */
  pic_url?: string;
  /** 服务商调整后的价格 */
  service_sku_price?: string;
}

const REQUEST_SCHEMA = {
  workcard_id: 'Number',
  real_tp_nick: 'String',
  tp_suggest_service_sku_infos: [
    {
      service_sku_code: 'String',
      pic_url: 'String',
      service_sku_price: 'String',
    },
  ],
  extend_info: 'Json',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  is_success: 'Boolean',
  msg_code: 'String',
  msg_info: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.servicecenter.workcard.servicesku.suggest`: method, response root, request and response schemas. */
export const alibabaServicecenterWorkcardServiceskuSuggestOperation = {
  method: 'alibaba.servicecenter.workcard.servicesku.suggest',
  responseRoot: 'alibaba_servicecenter_workcard_servicesku_suggest_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 服务商反馈需要履行的服务项 — calls TOP method `alibaba.servicecenter.workcard.servicesku.suggest`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaServicecenterWorkcardServiceskuSuggest(
  client: TopClient,
  request: AlibabaServicecenterWorkcardServiceskuSuggestRequest,
  options?: CallOptions,
): Promise<AlibabaServicecenterWorkcardServiceskuSuggestResponse> {
  return client.call<AlibabaServicecenterWorkcardServiceskuSuggestResponse>(
    {
      method: 'alibaba.servicecenter.workcard.servicesku.suggest',
      responseRoot: 'alibaba_servicecenter_workcard_servicesku_suggest_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
