// Generated from specs/promotion/alibaba.asr.dataservice.promotionrule.write.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.asr.dataservice.promotionrule.write` (业务优惠规则写入). */
export interface AlibabaAsrDataservicePromotionruleWriteRequest {
  /** 入参对象 */
  poskey_promotion_rule_dto: AlibabaAsrDataservicePromotionruleWritePosKeyPromotionRuleDtoInput;
}

/** Response of `alibaba.asr.dataservice.promotionrule.write`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAsrDataservicePromotionruleWriteResponse {
  /** 结果 */
  result?: AlibabaAsrDataservicePromotionruleWriteDataServiceResponse;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `PosKeyPromotionRuleDto` of `alibaba.asr.dataservice.promotionrule.write`. */
export interface AlibabaAsrDataservicePromotionruleWritePosKeyPromotionRuleDtoInput {
  /** 优惠规则 */
  detail_list: AlibabaAsrDataservicePromotionruleWritePosKeyPromotionRuleDetailDtoInput[];
  /** 名称 */
  name: string;
  /** postkey */
  pos_key: Int64Input;
}

/** `PosKeyPromotionRuleDetailDto` of `alibaba.asr.dataservice.promotionrule.write`. */
export interface AlibabaAsrDataservicePromotionruleWritePosKeyPromotionRuleDetailDtoInput {
  /** 扩展属性 */
  ext_map?: string;
  /** 数量 */
  num: Int64Input;
  /** 1,9,12,15四个等级 */
  unit_point: string;
  /** 价格 */
  unit_price: Int64Input;
}

/** `DataServiceResponse` of `alibaba.asr.dataservice.promotionrule.write`. */
export interface AlibabaAsrDataservicePromotionruleWriteDataServiceResponse {
  /** 扩展字段 */
  ext_map?: AlibabaAsrDataservicePromotionruleWriteExtmap;
  /** 对象 */
  result?: string;
  /** 结果code */
  result_code?: string;
  /** 结果描述 */
  result_msg?: string;
  /** 是否成功 */
  success?: boolean;
  /** 鹰眼id问题跟踪需要 */
  trace_id?: string;
}

/** `Extmap` of `alibaba.asr.dataservice.promotionrule.write`. */
export interface AlibabaAsrDataservicePromotionruleWriteExtmap {
  /** 扩展字段 */
  key?: string;
}

const REQUEST_SCHEMA = {
  poskey_promotion_rule_dto: {
    detail_list: [
      {
        ext_map: 'String',
        num: 'Number',
        unit_point: 'String',
        unit_price: 'Number',
      },
    ],
    name: 'String',
    pos_key: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    ext_map: {
      key: 'String',
    },
    result: 'String',
    result_code: 'String',
    result_msg: 'String',
    success: 'Boolean',
    trace_id: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.asr.dataservice.promotionrule.write`: method, response root, request and response schemas. */
export const alibabaAsrDataservicePromotionruleWriteOperation = {
  method: 'alibaba.asr.dataservice.promotionrule.write',
  responseRoot: 'alibaba_asr_dataservice_promotionrule_write_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 业务优惠规则写入 — calls TOP method `alibaba.asr.dataservice.promotionrule.write`.
 *
 * 星巴克优惠规则写入
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAsrDataservicePromotionruleWrite(
  client: TopClient,
  request: AlibabaAsrDataservicePromotionruleWriteRequest,
  options?: CallOptions,
): Promise<AlibabaAsrDataservicePromotionruleWriteResponse> {
  return client.call<AlibabaAsrDataservicePromotionruleWriteResponse>(
    {
      method: 'alibaba.asr.dataservice.promotionrule.write',
      responseRoot: 'alibaba_asr_dataservice_promotionrule_write_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
