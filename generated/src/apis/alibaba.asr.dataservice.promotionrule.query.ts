// Generated from specs/promotion/alibaba.asr.dataservice.promotionrule.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.asr.dataservice.promotionrule.query` (星巴克优惠规则查询). */
export interface AlibabaAsrDataservicePromotionruleQueryRequest {
  /** 当前页 */
  page_no: Int64Input;
  /** 每页数量 */
  page_size: Int64Input;
}

/** Response of `alibaba.asr.dataservice.promotionrule.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAsrDataservicePromotionruleQueryResponse {
  /** 结果 */
  result?: AlibabaAsrDataservicePromotionruleQueryDataServiceResponse;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `DataServiceResponse` of `alibaba.asr.dataservice.promotionrule.query`. */
export interface AlibabaAsrDataservicePromotionruleQueryDataServiceResponse {
  /** 扩展map */
  ext_map?: AlibabaAsrDataservicePromotionruleQueryExtmap;
  /** 结果 */
  result?: AlibabaAsrDataservicePromotionruleQueryPage;
  /** 错误码 */
  result_code?: string;
  /** 错误描述 */
  result_msg?: string;
  /** 调用结果 */
  success?: boolean;
  /** 鹰眼id */
  trace_id?: string;
}

/** `Extmap` of `alibaba.asr.dataservice.promotionrule.query`. */
export interface AlibabaAsrDataservicePromotionruleQueryExtmap {
  /** empty */
  empty?: boolean;
}

/** `Page` of `alibaba.asr.dataservice.promotionrule.query`. */
export interface AlibabaAsrDataservicePromotionruleQueryPage {
  /** 总数 */
  total?: Int64;
  /** 每页查询数量 */
  page_size?: Int64;
  /** 当前页 */
  page_no?: Int64;
  /** 结果 */
  datas?: AlibabaAsrDataservicePromotionruleQueryData[];
}

/** `Data` of `alibaba.asr.dataservice.promotionrule.query`. */
export interface AlibabaAsrDataservicePromotionruleQueryData {
  /** poskey */
  pos_key?: Int64;
  /** 名称 */
  name?: string;
  /** 兑换详情列表 */
  detail_list?: AlibabaAsrDataservicePromotionruleQueryDetaillist[];
}

/** `Detaillist` of `alibaba.asr.dataservice.promotionrule.query`. */
export interface AlibabaAsrDataservicePromotionruleQueryDetaillist {
  /** 需要消耗星星数 */
  unit_point?: string;
  /** 价格分 */
  unit_price?: Int64;
  /** 数量 */
  num?: Int64;
  /** 扩展字段 */
  ext_map?: string;
}

const REQUEST_SCHEMA = {
  page_no: 'Number',
  page_size: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    ext_map: {
      empty: 'Boolean',
    },
    result: {
      total: 'Number',
      page_size: 'Number',
      page_no: 'Number',
      datas: [
        {
          pos_key: 'Number',
          name: 'String',
          detail_list: [
            {
              unit_point: 'String',
              unit_price: 'Number',
              num: 'Number',
              ext_map: 'String',
            },
          ],
        },
      ],
    },
    result_code: 'String',
    result_msg: 'String',
    success: 'Boolean',
    trace_id: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.asr.dataservice.promotionrule.query`: method, response root, request and response schemas. */
export const alibabaAsrDataservicePromotionruleQueryOperation = {
  method: 'alibaba.asr.dataservice.promotionrule.query',
  responseRoot: 'alibaba_asr_dataservice_promotionrule_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 星巴克优惠规则查询 — calls TOP method `alibaba.asr.dataservice.promotionrule.query`.
 *
 * 查询优惠规则，例如星巴克查询优惠规则
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAsrDataservicePromotionruleQuery(
  client: TopClient,
  request: AlibabaAsrDataservicePromotionruleQueryRequest,
  options?: CallOptions,
): Promise<AlibabaAsrDataservicePromotionruleQueryResponse> {
  return client.call<AlibabaAsrDataservicePromotionruleQueryResponse>(
    {
      method: 'alibaba.asr.dataservice.promotionrule.query',
      responseRoot: 'alibaba_asr_dataservice_promotionrule_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
