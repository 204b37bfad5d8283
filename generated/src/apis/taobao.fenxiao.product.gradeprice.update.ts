// Generated from specs/fenxiao/taobao.fenxiao.product.gradeprice.update.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.fenxiao.product.gradeprice.update` (根据sku设置折扣价). */
export interface TaobaoFenxiaoProductGradepriceUpdateRequest {
  /** 产品Id */
  product_id: Int64Input;
  /** skuId，如果产品有skuId,必须要输入skuId;没有skuId的时候不必选 */
  sku_id?: Int64Input;
  /** 交易类型： AGENT(代销)、DEALER(经销)，ALL(代销和经销) */
  trade_type?: string;
  /** 选择折扣方式：GRADE（按等级进行设置）;DISCITUTOR(按分销商进行设置）。例如"GRADE,DISTRIBUTOR" */
  target_type: string;
  /**
   * 会员等级的id或者分销商id，例如：”1001,2001,1002”
   *
   * Max list size: 200
   */
  ids: Int64Input[];
  /**
   * 优惠价格,大小为0到100000000之间的整数或两位小数，例：优惠价格为：100元2角5分，传入的参数应写成：100.25
   *
   * Max list size: 200
   */
  prices: string[];
}

/** Response of `taobao.fenxiao.product.gradeprice.update`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoFenxiaoProductGradepriceUpdateResponse {
  /** 返回操作结果：成功或失败 */
  is_success?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  product_id: 'Number',
  sku_id: 'Number',
  trade_type: 'String',
  target_type: 'String',
  ids: ['Number'],
  prices: ['String'],
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  is_success: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `taobao.fenxiao.product.gradeprice.update`: method, response root, request and response schemas. */
export const taobaoFenxiaoProductGradepriceUpdateOperation = {
  method: 'taobao.fenxiao.product.gradeprice.update',
  responseRoot: 'fenxiao_product_gradeprice_update_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 根据sku设置折扣价 — calls TOP method `taobao.fenxiao.product.gradeprice.update`.
 *
 * 供应商可以针对产品不同的sku，指定对应交易类型（代销or经销）方式下，设定折扣方式（按等级or指定分销商）以及对应优惠后的采购价格
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoFenxiaoProductGradepriceUpdate(
  client: TopClient,
  request: TaobaoFenxiaoProductGradepriceUpdateRequest,
  options?: CallOptions,
): Promise<TaobaoFenxiaoProductGradepriceUpdateResponse> {
  return client.call<TaobaoFenxiaoProductGradepriceUpdateResponse>(
    {
      method: 'taobao.fenxiao.product.gradeprice.update',
      responseRoot: 'fenxiao_product_gradeprice_update_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
