// Generated from specs/wdk/alibaba.wdkorder.sharestock.cpsorder.list.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.wdkorder.sharestock.cpsorder.list` (cps正向分销订单批量回流). */
export interface AlibabaWdkorderSharestockCpsorderListRequest {
  /** 入参 */
  cps_order_request: AlibabaWdkorderSharestockCpsorderListCpsOrderRequestInput;
}

/** Response of `alibaba.wdkorder.sharestock.cpsorder.list`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaWdkorderSharestockCpsorderListResponse {
  /** 出参 */
  api_result?: AlibabaWdkorderSharestockCpsorderListApiResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `CpsOrderRequest` of `alibaba.wdkorder.sharestock.cpsorder.list`. */
export interface AlibabaWdkorderSharestockCpsorderListCpsOrderRequestInput {
  /** 订单更新开始时间 */
  start_time: DateInput;
  /** 订单更新结束时间 */
  end_time: DateInput;
  /** 页序号，从0开始 */
  page_index: Int64Input;
  /** 单页大小，不超过200 */
  page_size: Int64Input;
}

/** `ApiResult` of `alibaba.wdkorder.sharestock.cpsorder.list`. */
export interface AlibabaWdkorderSharestockCpsorderListApiResult {
  /** 调用接口成功失败 */
  success?: boolean;
  /** 调用接口返回错误信息 */
  err_msg?: string;
  /** 调用接口返回错误编码 */
  err_code?: string;
  /** 调用接口返回对象 */
  model?: AlibabaWdkorderSharestockCpsorderListCpsOrderResponse[];
}

/** `CpsOrderResponse` of `alibaba.wdkorder.sharestock.cpsorder.list`. */
export interface AlibabaWdkorderSharestockCpsorderListCpsOrderResponse {
  /** 订单创建时间 */
  create_time?: string;
  /** 支付成功时间 */
  pay_time?: string;
  /** 业务订单ID */
  biz_order_id?: string;
  /** 订单状态： INIT(0, "初始化"),CREATED(1, "已创建"),PAID_DONE(2, "已付款"),ACCEPT_ORDER(3, "已接单"),PICK_ORDER(4, "已拣货"),SHIPPED(5, "已发货"),TRADE_SUCCESS(6, "交易成功"),TRADE_CLOSE(-1, "交易关闭"), */
  order_status?: string;
  /** 主订单付款金额（不含运费、优惠、券） */
  pay_price?: Int64;
  /** 外部用户ID：由pid+siteid+adzoneid+custom四部分拼成，其中前3个参数对应拼链中淘宝联盟mm=1_2_3，第4个参数对应拼链中 custom_parameters； eg：125000304_108400334_28176750484_12345 */
  outer_id?: string;
  /** 预估总分佣金额（仅是预估金额，实际结算仍然通过xls线下doublecheck为准） */
  share_amount?: Int64;
  /** 最后更新时间 */
  modified_time?: string;
  /** 子单列表 */
  cps_sub_order?: AlibabaWdkorderSharestockCpsorderListCpsSubOrderBO[];
}

/** `CpsSubOrderBO` of `alibaba.wdkorder.sharestock.cpsorder.list`. */
export interface AlibabaWdkorderSharestockCpsorderListCpsSubOrderBO {
  /** 业务子订单ID */
  biz_sub_order_id?: string;
  /** 商品名称 */
  item_title?: string;
  /** 购买数量 */
  quantity?: Int64;
}

const REQUEST_SCHEMA = {
  cps_order_request: {
    start_time: 'Date',
    end_time: 'Date',
    page_index: 'Number',
    page_size: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  api_result: {
    success: 'Boolean',
    err_msg: 'String',
    err_code: 'String',
    model: [
      {
        create_time: 'Date',
        pay_time: 'Date',
        biz_order_id: 'String',
        order_status: 'String',
        pay_price: 'Number',
        outer_id: 'String',
        share_amount: 'Number',
        modified_time: 'Date',
        cps_sub_order: [
          {
            biz_sub_order_id: 'String',
            item_title: 'String',
            quantity: 'Number',
          },
        ],
      },
    ],
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.wdkorder.sharestock.cpsorder.list`: method, response root, request and response schemas. */
export const alibabaWdkorderSharestockCpsorderListOperation = {
  method: 'alibaba.wdkorder.sharestock.cpsorder.list',
  responseRoot: 'alibaba_wdkorder_sharestock_cpsorder_list_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * cps正向分销订单批量回流 — calls TOP method `alibaba.wdkorder.sharestock.cpsorder.list`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaWdkorderSharestockCpsorderList(
  client: TopClient,
  request: AlibabaWdkorderSharestockCpsorderListRequest,
  options?: CallOptions,
): Promise<AlibabaWdkorderSharestockCpsorderListResponse> {
  return client.call<AlibabaWdkorderSharestockCpsorderListResponse>(
    {
      method: 'alibaba.wdkorder.sharestock.cpsorder.list',
      responseRoot: 'alibaba_wdkorder_sharestock_cpsorder_list_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
