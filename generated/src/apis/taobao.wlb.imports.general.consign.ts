// Generated from specs/wlbimports/taobao.wlb.imports.general.consign.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.wlb.imports.general.consign` (一般进口发货). */
export interface TaobaoWlbImportsGeneralConsignRequest {
  /** 交易订单id */
  trade_order_id: Int64Input;
  /** 物流资源ID */
  resource_id: Int64Input;
  /** 仓库编码 */
  store_code: string;
  /** 第1段物流承运商 */
  first_logistics: string;
  /** 第1段物流运单号 */
  first_waybillno: string;
  /** 卖家发货地址库ID；不填的话取默认发货地址；如果填写的senderId对应多个地址，取第一个 */
  sender_id?: Int64Input;
  /** 卖家退货地址库ID；不填写的话取默认退货地址；如果填写的cancelId对应多个地址，取第一个 */
  cancel_id?: Int64Input;
  /** 增值服务编码.多个以逗号分隔 */
  vas_code?: string;
}

/** Response of `taobao.wlb.imports.general.consign`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoWlbImportsGeneralConsignResponse {
  /** 发货成功后的物流订单编号 */
  lgorder_code?: string;
  /** 业务错误描述 */
  result_error_msg?: string;
  /** 业务错误编码 */
  result_error_code?: string;
  /** 是否发货成功,true:成功，false：失败 */
  is_success?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  trade_order_id: 'Number',
  resource_id: 'Number',
  store_code: 'String',
  first_logistics: 'String',
  first_waybillno: 'String',
  sender_id: 'Number',
  cancel_id: 'Number',
  vas_code: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  lgorder_code: 'String',
  result_error_msg: 'String',
  result_error_code: 'String',
  is_success: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `taobao.wlb.imports.general.consign`: method, response root, request and response schemas. */
export const taobaoWlbImportsGeneralConsignOperation = {
  method: 'taobao.wlb.imports.general.consign',
  responseRoot: 'wlb_imports_general_consign_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 一般进口发货 — calls TOP method `taobao.wlb.imports.general.consign`.
 *
 * 将订单信息发送到菜鸟海外转运仓；
 * 业务规则：
 * 1）交易订单为待发货状态。
 * 2）单笔订单多个商品，交易金额不能大于1000人民币。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoWlbImportsGeneralConsign(
  client: TopClient,
  request: TaobaoWlbImportsGeneralConsignRequest,
  options?: CallOptions,
): Promise<TaobaoWlbImportsGeneralConsignResponse> {
  return client.call<TaobaoWlbImportsGeneralConsignResponse>(
    {
      method: 'taobao.wlb.imports.general.consign',
      responseRoot: 'wlb_imports_general_consign_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
