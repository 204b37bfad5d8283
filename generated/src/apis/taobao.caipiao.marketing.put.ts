// Generated from specs/caipiao/taobao.caipiao.marketing.put.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.caipiao.marketing.put` (创建或修改商家送彩票活动). */
export interface TaobaoCaipiaoMarketingPutRequest {
  /** 活动详情设置 */
  detail: TaobaoCaipiaoMarketingPutWangcaiMarketingDetailInput;
}

/** Response of `taobao.caipiao.marketing.put`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoCaipiaoMarketingPutResponse {
  /** 业务操作结果,true成功/false失败 */
  result?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `WangcaiMarketingDetail` of `taobao.caipiao.marketing.put`. */
export interface TaobaoCaipiaoMarketingPutWangcaiMarketingDetailInput {
  /** 活动ID,一个活动可以关联多个送彩票设置 */
  activity_id: string;
  /** 赠送的彩种,1双色球/8大乐透 */
  lottery_type_id: Int64Input;
  /** 活动的最小金额门槛,以分为单位 */
  min_amount: Int64Input;
  /** 参与活动的商品ID */
  items?: Int64Input[];
  /** 活动开始时间 */
  begin_time: DateInput;
  /** 赠送的彩票注数 */
  quantity: Int64Input;
  /** 活动类型,0全店/1指定商品 */
  activity_type: Int64Input;
  /** 活动结束时间 */
  end_time: DateInput;
  /** 活动名称 */
  activity_name: string;
  /** 外部系统主键 */
  biz_id: string;
}

const REQUEST_SCHEMA = {
  detail: {
    activity_id: 'String',
    lottery_type_id: 'Number',
    min_amount: 'Number',
    items: ['Number'],
    begin_time: 'Date',
    quantity: 'Number',
    activity_type: 'Number',
    end_time: 'Date',
    activity_name: 'String',
    biz_id: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `taobao.caipiao.marketing.put`: method, response root, request and response schemas. */
export const taobaoCaipiaoMarketingPutOperation = {
  method: 'taobao.caipiao.marketing.put',
  responseRoot: 'caipiao_marketing_put_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 创建或修改商家送彩票活动 — calls TOP method `taobao.caipiao.marketing.put`.
 *
 * 卖家通过此接口新增或修改送彩票活动的配置，比如活动时间、活动的条件等。
 *
 * 店铺装修、宝贝详情页的宣导素材示例：
 * https://gw.alicdn.com/tfs/TB1_nOiSXXXXXbgXXXXXXXXXXXX-750-280.png
 * https://gw.alicdn.com/tfs/TB1FZX6SXXXXXXzXFXXXXXXXXXX-790-280.png
 * https://gw.alicdn.com/tfs/TB1z4t8SXXXXXckXpXXXXXXXXXX-750-280.png
 * https://gw.alicdn.com/tfs/TB1BhqgSXXXXXcDXXXXXXXXXXXX-750-280.png
 * https://gw.alicdn.com/tfs/TB1TYt9SXXXXXXAXFXXXXXXXXXX-750-280.png
 * https://gw.alicdn.com/tfs/TB1tzpNSXXXXXacXVXXXXXXXXXX-790-280.png
 * https://gw.alicdn.com/tfs/TB1UXdxSXXXXXXsapXXXXXXXXXX-790-280.png
 * https://gw.alicdn.com/tfs/TB1_gV.SXXXXXbZXpXXXXXXXXXX-790-280.png
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoCaipiaoMarketingPut(
  client: TopClient,
  request: TaobaoCaipiaoMarketingPutRequest,
  options?: CallOptions,
): Promise<TaobaoCaipiaoMarketingPutResponse> {
  return client.call<TaobaoCaipiaoMarketingPutResponse>(
    {
      method: 'taobao.caipiao.marketing.put',
      responseRoot: 'caipiao_marketing_put_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
