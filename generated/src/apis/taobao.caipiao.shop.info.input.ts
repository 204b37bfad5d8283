// Generated from specs/caipiao/taobao.caipiao.shop.info.input.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.caipiao.shop.info.input` (录入参加送彩票店铺信息). */
export interface TaobaoCaipiaoShopInfoInputRequest {
  /** 店铺名称 */
  shop_name?: string;
  /** 赠送类型：0-满就送；1-好评送；2-分享送；3-游戏送；4-收藏送，不可为空 */
  present_type: Int64Input;
  /** 活动开始时间，格式需严格遵守yyyy-MM-dd HH:mm:ss，不可为空 */
  act_start_date: string;
  /** 活动结束时间，格式需严格遵守yyyy-MM-dd HH:mm:ss，不可为空 */
  act_end_date: string;
  /** 店铺类目编号，不可为空 */
  shop_type: Int64Input;
  /** 店铺参加的送彩票活动描述 */
  shop_desc?: string;
}

/** Response of `taobao.caipiao.shop.info.input`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoCaipiaoShopInfoInputResponse {
  /** 录入操作是否成功 */
  input_result?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  shop_name: 'String',
  present_type: 'Number',
  act_start_date: 'String',
  act_end_date: 'String',
  shop_type: 'Number',
  shop_desc: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  input_result: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `taobao.caipiao.shop.info.input`: method, response root, request and response schemas. */
export const taobaoCaipiaoShopInfoInputOperation = {
  method: 'taobao.caipiao.shop.info.input',
  responseRoot: 'caipiao_shop_info_input_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 录入参加送彩票店铺信息 — calls TOP method `taobao.caipiao.shop.info.input`.
 *
 * 录入参加送彩票店铺信息，如果录入成功，返回true，如果录入失败，返回false，后端会根据卖家id与赠送类型（sellerid_presenttype_uk）来决定是新增数据还是修改数据。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoCaipiaoShopInfoInput(
  client: TopClient,
  request: TaobaoCaipiaoShopInfoInputRequest,
  options?: CallOptions,
): Promise<TaobaoCaipiaoShopInfoInputResponse> {
  return client.call<TaobaoCaipiaoShopInfoInputResponse>(
    {
      method: 'taobao.caipiao.shop.info.input',
      responseRoot: 'caipiao_shop_info_input_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
