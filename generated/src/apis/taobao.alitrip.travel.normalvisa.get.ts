// Generated from specs/normalvisa/taobao.alitrip.travel.normalvisa.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.alitrip.travel.normalvisa.get` (获取签证记录). */
export interface TaobaoAlitripTravelNormalvisaGetRequest {
  /** 订单号 */
  biz_order_id?: Int64Input;
}

/** Response of `taobao.alitrip.travel.normalvisa.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoAlitripTravelNormalvisaGetResponse {
  /** 结果 */
  result?: TaobaoAlitripTravelNormalvisaGetResultSet;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ResultSet` of `taobao.alitrip.travel.normalvisa.get`. */
export interface TaobaoAlitripTravelNormalvisaGetResultSet {
  /** 结果 */
  results?: TaobaoAlitripTravelNormalvisaGetNormalVisaInfo[];
  /** 结果数目 */
  total_results?: Int64;
}

/** `NormalVisaInfo` of `taobao.alitrip.travel.normalvisa.get`. */
export interface TaobaoAlitripTravelNormalvisaGetNormalVisaInfo {
  /** 1:贴纸签 2:电子签 3:面试 */
  normal_visa_type?: Int64;
  /** 无办理人信息：1001 办理人已填写：1002 已收到资料: 1003 已审核完成: 1004 已送签:1005 结果已返回: 1006 已预约面试: 1007 处理中:1008 已中止办理：1010 */
  status?: Int64;
  /** 支付时间 */
  pay_time?: string;
  /** 数量 */
  amount?: Int64;
  /** 单价 */
  auction_price?: string;
  /** 标题 */
  title?: string;
  /** 是否达到中止状态 */
  end_status?: boolean;
  /** 订单号 */
  biz_order_id?: Int64;
  /** 无办理人信息：1001 办理人已填写：1002 已收到资料: 1003 已审核完成: 1004 已送签:1005 结果已返回: 1006 已预约面试: 1007 处理中:1008 已中止办理：1010 */
  status_desc?: string;
  /** 是否需要商家代填 */
  need_fill_contact?: boolean;
  /** 国家id，国家编码详见：https://open.alitrip.com/docs/doc.htm?spm=a21tt.7629140.0.0.retXmq&treeId=79&articleId=104840&docType=1 */
  country_id?: string;
  /** 买家ID */
  openuid?: string;
}

const REQUEST_SCHEMA = {
  biz_order_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    results: [
      {
        normal_visa_type: 'Number',
        status: 'Number',
        pay_time: 'String',
        amount: 'Number',
        auction_price: 'String',
        title: 'String',
        end_status: 'Boolean',
        biz_order_id: 'Number',
        status_desc: 'String',
        need_fill_contact: 'Boolean',
        country_id: 'String',
        openuid: 'String',
      },
    ],
    total_results: 'Number',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.alitrip.travel.normalvisa.get`: method, response root, request and response schemas. */
export const taobaoAlitripTravelNormalvisaGetOperation = {
  method: 'taobao.alitrip.travel.normalvisa.get',
  responseRoot: 'alitrip_travel_normalvisa_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取签证记录 — calls TOP method `taobao.alitrip.travel.normalvisa.get`.
 *
 * 用于获取普通签证的记录信息
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoAlitripTravelNormalvisaGet(
  client: TopClient,
  request: TaobaoAlitripTravelNormalvisaGetRequest = {},
  options?: CallOptions,
): Promise<TaobaoAlitripTravelNormalvisaGetResponse> {
  return client.call<TaobaoAlitripTravelNormalvisaGetResponse>(
    {
      method: 'taobao.alitrip.travel.normalvisa.get',
      responseRoot: 'alitrip_travel_normalvisa_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
