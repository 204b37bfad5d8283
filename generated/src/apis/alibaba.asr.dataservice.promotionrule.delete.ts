// Generated from specs/promotion/alibaba.asr.dataservice.promotionrule.delete.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.asr.dataservice.promotionrule.delete` (优惠规则删除). */
export interface AlibabaAsrDataservicePromotionruleDeleteRequest {
  /** poskey */
  pos_key?: Int64Input;
}

/** Response of `alibaba.asr.dataservice.promotionrule.delete`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAsrDataservicePromotionruleDeleteResponse {
  /** 结果 */
  result?: AlibabaAsrDataservicePromotionruleDeleteDataServiceResponse;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `DataServiceResponse` of `alibaba.asr.dataservice.promotionrule.delete`. */
export interface AlibabaAsrDataservicePromotionruleDeleteDataServiceResponse {
  /** 扩展字段 */
  ext_map?: AlibabaAsrDataservicePromotionruleDeleteExtmap;
  /** 结果对象 */
  result?: boolean;
  /** 报错编码 */
  result_code?: string;
  /** 报错描述 */
  result_msg?: string;
  /** 调用是否成功 */
  success?: boolean;
  /** 鹰眼id */
  trace_id?: string;
}

/** `Extmap` of `alibaba.asr.dataservice.promotionrule.delete`. */
export interface AlibabaAsrDataservicePromotionruleDeleteExtmap {
  /** 扩展字段 */
  keyvalue?: boolean;
}

const REQUEST_SCHEMA = {
  pos_key: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    ext_map: {
      keyvalue: 'Boolean',
    },
    result: 'Boolean',
    result_code: 'String',
    result_msg: 'String',
    success: 'Boolean',
    trace_id: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.asr.dataservice.promotionrule.delete`: method, response root, request and response schemas. */
export const alibabaAsrDataservicePromotionruleDeleteOperation = {
  method: 'alibaba.asr.dataservice.promotionrule.delete',
  responseRoot: 'alibaba_asr_dataservice_promotionrule_delete_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 优惠规则删除 — calls TOP method `alibaba.asr.dataservice.promotionrule.delete`.
 *
 * 删除优惠规则，例如星巴克删除优惠规则
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAsrDataservicePromotionruleDelete(
  client: TopClient,
  request: AlibabaAsrDataservicePromotionruleDeleteRequest = {},
  options?: CallOptions,
): Promise<AlibabaAsrDataservicePromotionruleDeleteResponse> {
  return client.call<AlibabaAsrDataservicePromotionruleDeleteResponse>(
    {
      method: 'alibaba.asr.dataservice.promotionrule.delete',
      responseRoot: 'alibaba_asr_dataservice_promotionrule_delete_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
