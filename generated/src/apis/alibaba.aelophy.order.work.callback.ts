// Generated from specs/wdk/alibaba.aelophy.order.work.callback.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.aelophy.order.work.callback` (仓配作业结果回传接口). */
export interface AlibabaAelophyOrderWorkCallbackRequest {
  /** 仓配作业结果回传请求 */
  work_callback_request: AlibabaAelophyOrderWorkCallbackWorkCallbackRequestInput;
}

/** Response of `alibaba.aelophy.order.work.callback`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAelophyOrderWorkCallbackResponse {
  /** 回传响应 */
  api_result?: AlibabaAelophyOrderWorkCallbackTopBaseResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `WorkCallbackRequest` of `alibaba.aelophy.order.work.callback`. */
export interface AlibabaAelophyOrderWorkCallbackWorkCallbackRequestInput {
  /** 经营店编码 */
  store_id: string;
  /** 业务订单编码 */
  biz_order_id: Int64Input;
  /** 回传通知状态 ACCEPTED = 商户接单 REJECTED = 商户取消订单 PICKED = 拣货完成 PACKAGED = 打包出库 SHIPPING = 开始配送 SIGN = 用户签收 REFUSED = 用户拒收 */
  status: string;
  /** 状态备注, 如商户拒单原因备注 */
  status_remark?: string;
  /** 配送人员名称 SHIPPING/SIGN状态必填 */
  deliverer_name?: string;
  /** 配送人员联系方式 SHIPPING/SIGN状态必填 */
  deliverer_phone?: string;
  /** 子单列表 */
  work_callback_sub_order_info_list?: AlibabaAelophyOrderWorkCallbackWorkCallbackSubOrderInfoInput[];
  /** 配送公司编码 FENGNIAO = 蜂鸟 MEITUAN = 美团 DADA = 达达 SHUNFENG = 顺丰 ELEZB = 饿了么众包 BINGEX = 闪送 SELF = 商家自送 OTHER = 其他运力 */
  deliverer_company?: string;
  /** 配送物流单号 */
  logistics_no?: string;
}

/** `WorkCallbackSubOrderInfo` of `alibaba.aelophy.order.work.callback`. */
export interface AlibabaAelophyOrderWorkCallbackWorkCallbackSubOrderInfoInput {
  /** 业务子订单编码 */
  biz_sub_order_id?: Int64Input;
  /** 商品编码 */
  sku_code?: string;
  /** 销售单位拣货数量 PICKED/PACKAGED状态必填 */
  pick_sale_quantity?: string;
  /** 库存单位拣货数量 PICKED/PACKAGED状态必填 */
  pick_stock_quantity?: string;
}

/** `TopBaseResult` of `alibaba.aelophy.order.work.callback`. */
export interface AlibabaAelophyOrderWorkCallbackTopBaseResult {
  /** 是否成功 */
  success?: boolean;
  /** 错误码 */
  err_code?: string;
  /** 错误码备注说明 */
  err_msg?: string;
}

const REQUEST_SCHEMA = {
  work_callback_request: {
    store_id: 'String',
    biz_order_id: 'Number',
    status: 'String',
    status_remark: 'String',
    deliverer_name: 'String',
    deliverer_phone: 'String',
    work_callback_sub_order_info_list: [
      {
        biz_sub_order_id: 'Number',
        sku_code: 'String',
        pick_sale_quantity: 'Price',
        pick_stock_quantity: 'Price',
      },
    ],
    deliverer_company: 'String',
    logistics_no: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  api_result: {
    success: 'Boolean',
    err_code: 'String',
    err_msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.aelophy.order.work.callback`: method, response root, request and response schemas. */
export const alibabaAelophyOrderWorkCallbackOperation = {
  method: 'alibaba.aelophy.order.work.callback',
  responseRoot: 'alibaba_aelophy_order_work_callback_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 仓配作业结果回传接口 — calls TOP method `alibaba.aelophy.order.work.callback`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAelophyOrderWorkCallback(
  client: TopClient,
  request: AlibabaAelophyOrderWorkCallbackRequest,
  options?: CallOptions,
): Promise<AlibabaAelophyOrderWorkCallbackResponse> {
  return client.call<AlibabaAelophyOrderWorkCallbackResponse>(
    {
      method: 'alibaba.aelophy.order.work.callback',
      responseRoot: 'alibaba_aelophy_order_work_callback_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
