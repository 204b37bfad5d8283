// Generated from specs/caipiao/taobao.caipiao.goods.info.input.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.caipiao.goods.info.input` (录入参加送彩票商品信息). */
export interface TaobaoCaipiaoGoodsInfoInputRequest {
  /** 商品在淘宝的唯一id，不可为空 */
  goods_id: Int64Input;
  /** 商品标题 */
  goods_title?: string;
  /** 商品价格,保留两位小数，不可为空 */
  goods_price: string;
  /** 商品主图地址 */
  goods_image?: string;
  /** 赠送类型：0-满就送；1-好评送；2-分享送；3-游戏送；4-收藏送，不可为空 */
  present_type: Int64Input;
  /** 活动开始时间，格式需严格遵守yyyy-MM-dd HH:mm:ss，不可为空 */
  act_start_date: string;
  /** 活动结束时间，格式需严格遵守yyyy-MM-dd HH:mm:ss，不可为空 */
  act_end_date: string;
  /** 商品类目编号，不可为空 */
  goods_type: Int64Input;
  /** 彩种id,不可为空 */
  lottery_type_id: Int64Input;
  /** 店铺相关商品参加的送彩票活动描述 */
  goods_desc?: string;
}

/** Response of `taobao.caipiao.goods.info.input`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoCaipiaoGoodsInfoInputResponse {
  /** 录入操作是否成功 */
  input_result?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  goods_id: 'Number',
  goods_title: 'String',
  goods_price: 'Price',
  goods_image: 'String',
  present_type: 'Number',
  act_start_date: 'String',
  act_end_date: 'String',
  goods_type: 'Number',
  lottery_type_id: 'Number',
  goods_desc: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  input_result: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `taobao.caipiao.goods.info.input`: method, response root, request and response schemas. */
export const taobaoCaipiaoGoodsInfoInputOperation = {
  method: 'taobao.caipiao.goods.info.input',
  responseRoot: 'caipiao_goods_info_input_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 录入参加送彩票商品信息 — calls TOP method `taobao.caipiao.goods.info.input`.
 *
 * 录入参加送彩票商品信息，如果录入成功，返回true，如果录入失败，返回false，后端会根据商品id与赠送类型（goodsid_presenttype_uk）来决定是新增数据还是修改数据。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoCaipiaoGoodsInfoInput(
  client: TopClient,
  request: TaobaoCaipiaoGoodsInfoInputRequest,
  options?: CallOptions,
): Promise<TaobaoCaipiaoGoodsInfoInputResponse> {
  return client.call<TaobaoCaipiaoGoodsInfoInputResponse>(
    {
      method: 'taobao.caipiao.goods.info.input',
      responseRoot: 'caipiao_goods_info_input_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
