// Generated from specs/wdk/alibaba.wdk.reverse.applyrefund.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.wdk.reverse.applyrefund` (逆向申请接口). */
export interface AlibabaWdkReverseApplyrefundRequest {
  /** 入参 */
  param_apply_reverse_req?: AlibabaWdkReverseApplyrefundApplyReverseReqInput;
}

/** Response of `alibaba.wdk.reverse.applyrefund`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaWdkReverseApplyrefundResponse {
  /** 接口返回result */
  result?: AlibabaWdkReverseApplyrefundReverseResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ApplyReverseReq` of `alibaba.wdk.reverse.applyrefund`. */
export interface AlibabaWdkReverseApplyrefundApplyReverseReqInput {
  /** wdk子单list */
  biz_order_ids?: Int64Input[];
  /** 礼品卡号 */
  gift_card_nos?: string[];
  /** 操作者 */
  operator?: AlibabaWdkReverseApplyrefundOperatorVoInput;
  /** 门店id */
  store_id: string;
  /** 外部子单list(biz_order_ids与sub_out_order_ids 二选一) */
  sub_out_order_ids?: string[];
}

/** `OperatorVo` of `alibaba.wdk.reverse.applyrefund`. */
export interface AlibabaWdkReverseApplyrefundOperatorVoInput {
  /** 操作人id */
  operator_id?: string;
  /** 操作人name */
  operator_name?: string;
  /** 操作人type */
  operator_type: Int64Input;
}

/** `ReverseResult` of `alibaba.wdk.reverse.applyrefund`. */
export interface AlibabaWdkReverseApplyrefundReverseResult {
  /** 错误码 */
  error_code?: string;
  /** 错误信息 */
  error_msg?: string;
  /** 接口返回model */
  model?: AlibabaWdkReverseApplyrefundApplyReverseResponse;
  /** 是否成功 */
  success?: boolean;
}

/** `ApplyReverseResponse` of `alibaba.wdk.reverse.applyrefund`. */
export interface AlibabaWdkReverseApplyrefundApplyReverseResponse {
  /** wdk交易单号 */
  biz_order_ids?: Int64[];
  /** 礼品卡号 */
  gift_card_nos?: string[];
  /** 1售中 2售后 */
  in_sale_refund?: Int64;
  /** 最大可退金额 */
  max_refund_fee?: Int64;
  /** 运费 */
  post_fee?: Int64;
  /** 原因 */
  reason_list?: AlibabaWdkReverseApplyrefundReasonVo[];
  /** 退款渠道 */
  refund_channel_list?: AlibabaWdkReverseApplyrefundRefundChannelVo[];
  /** 请求id（提交申请入参） */
  request_id?: string;
  /** 逆向单id */
  reverse_ids?: Int64[];
  /** 门店id */
  store_id?: string;
  /** 是否支持修改金额 */
  support_modify_amount?: boolean;
}

/** `ReasonVo` of `alibaba.wdk.reverse.applyrefund`. */
export interface AlibabaWdkReverseApplyrefundReasonVo {
  /** 原因id */
  reason_id?: Int64;
  /** 原因描述 */
  reason_text?: string;
  /** tip */
  reason_tip?: string;
  /** 标签 */
  tags?: string[];
}

/** `RefundChannelVo` of `alibaba.wdk.reverse.applyrefund`. */
export interface AlibabaWdkReverseApplyrefundRefundChannelVo {
  /** 可退金额 */
  amount?: Int64;
  /** 渠道码 */
  code?: string;
  /** 渠道名 */
  name?: string;
}

const REQUEST_SCHEMA = {
  param_apply_reverse_req: {
    biz_order_ids: ['Number'],
    gift_card_nos: ['String'],
    operator: {
      operator_id: 'String',
      operator_name: 'String',
      operator_type: 'Number',
    },
    store_id: 'String',
    sub_out_order_ids: ['String'],
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    error_code: 'String',
    error_msg: 'String',
    model: {
      biz_order_ids: ['Number'],
      gift_card_nos: ['String'],
      in_sale_refund: 'Number',
      max_refund_fee: 'Number',
      post_fee: 'Number',
      reason_list: [
        {
          reason_id: 'Number',
          reason_text: 'String',
          reason_tip: 'String',
          tags: ['String'],
        },
      ],
      refund_channel_list: [
        {
          amount: 'Number',
          code: 'String',
          name: 'String',
        },
      ],
      request_id: 'String',
      reverse_ids: ['Number'],
      store_id: 'String',
      support_modify_amount: 'Boolean',
    },
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.wdk.reverse.applyrefund`: method, response root, request and response schemas. */
export const alibabaWdkReverseApplyrefundOperation = {
  method: 'alibaba.wdk.reverse.applyrefund',
  responseRoot: 'alibaba_wdk_reverse_applyrefund_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 逆向申请接口 — calls TOP method `alibaba.wdk.reverse.applyrefund`.
 *
 * 逆向渲染
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaWdkReverseApplyrefund(
  client: TopClient,
  request: AlibabaWdkReverseApplyrefundRequest = {},
  options?: CallOptions,
): Promise<AlibabaWdkReverseApplyrefundResponse> {
  return client.call<AlibabaWdkReverseApplyrefundResponse>(
    {
      method: 'alibaba.wdk.reverse.applyrefund',
      responseRoot: 'alibaba_wdk_reverse_applyrefund_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
