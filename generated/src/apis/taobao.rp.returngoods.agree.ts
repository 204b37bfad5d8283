// Generated from specs/tbrefund/taobao.rp.returngoods.agree.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.rp.returngoods.agree` (卖家同意退货). */
export interface TaobaoRpReturngoodsAgreeRequest {
  /** 退款编号 */
  refund_id: Int64Input;
  /** 售中：onsale，售后：aftersale，天猫退款为必填项。 */
  refund_phase?: string;
  /** 退款版本号，天猫退款为必填项。 */
  refund_version?: Int64Input;
  /** 卖家退货留言，天猫退款为必填项。 */
  remark?: string;
  /** 卖家提供的退货地址，淘宝退款为必填项。 */
  address?: string;
  /** 卖家收货地址编号，天猫淘宝退款都为必填项。 */
  seller_address_id?: Int64Input;
  /** 卖家手机，淘宝退款为必填项。 */
  mobile?: string;
  /** 卖家提供的退货地址的邮编，淘宝退款为必填项。 */
  post?: string;
  /** 卖家姓名，淘宝退款为必填项。 */
  name?: string;
  /** 卖家座机，淘宝退款为必填项。 */
  tel?: string;
  /** 邮费承担方，买家承担值为1，卖家承担值为0 */
  post_fee_bear_role?: Int64Input;
  /** 是否虚拟退货，可选项 */
  virtual_return_goods?: boolean;
}

/** Response of `taobao.rp.returngoods.agree`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoRpReturngoodsAgreeResponse {
  /** 操作成功 */
  is_success?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  refund_id: 'Number',
  refund_phase: 'String',
  refund_version: 'Number',
  remark: 'String',
  address: 'String',
  seller_address_id: 'Number',
  mobile: 'String',
  post: 'String',
  name: 'String',
  tel: 'String',
  post_fee_bear_role: 'Number',
  virtual_return_goods: 'Boolean',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  is_success: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `taobao.rp.returngoods.agree`: method, response root, request and response schemas. */
export const taobaoRpReturngoodsAgreeOperation = {
  method: 'taobao.rp.returngoods.agree',
  responseRoot: 'rp_returngoods_agree_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 卖家同意退货 — calls TOP method `taobao.rp.returngoods.agree`.
 *
 * 卖家同意退货，支持淘宝和天猫的订单。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoRpReturngoodsAgree(
  client: TopClient,
  request: TaobaoRpReturngoodsAgreeRequest,
  options?: CallOptions,
): Promise<TaobaoRpReturngoodsAgreeResponse> {
  return client.call<TaobaoRpReturngoodsAgreeResponse>(
    {
      method: 'taobao.rp.returngoods.agree',
      responseRoot: 'rp_returngoods_agree_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
