// Generated from specs/wdk/alibaba.wdk.reverse.creatrefund.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.wdk.reverse.creatrefund` (逆向提交). */
export interface AlibabaWdkReverseCreatrefundRequest {
  /** CreateReverseReq */
  param_create_reverse_req?: AlibabaWdkReverseCreatrefundCreateReverseReqInput;
}

/** Response of `alibaba.wdk.reverse.creatrefund`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaWdkReverseCreatrefundResponse {
  /**
   * ReverseResult
   *
   * @example ReverseResult
   */
  result?: AlibabaWdkReverseCreatrefundReverseResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `CreateReverseReq` of `alibaba.wdk.reverse.creatrefund`. */
export interface AlibabaWdkReverseCreatrefundCreateReverseReqInput {
  /**
   * wdk子单号
   *
   * @example [5000399193546580981]
   */
  biz_order_ids: Int64Input[];
  /**
   * 礼品卡号
   *
   * @example 22076108
   */
  gift_card_nos?: string[];
  /** 操作人 */
  operator: AlibabaWdkReverseCreatrefundOperatorVoInput;
  /**
   * 退款凭证
   *
   * @example url
   */
  proofs?: string[];
  /**
   * 退款原因id
   *
   * @example 1001
   */
  reason_id: Int64Input;
  /**
   * 退款原因描述
   *
   * @example 不喜欢
   */
  reason_text: string;
  /**
   * 退款金额
   *
   * @example 30
   */
  refund_amount: Int64Input;
  /** 退款渠道 */
  refund_channel_list: AlibabaWdkReverseCreatrefundRefundChannelVoInput[];
  /**
   * 请求id（apply接口返回）
   *
   * @example bdab6446-f0cf-4327-9ae3-fd69ac4d
   */
  request_id: string;
  /**
   * 门店ID
   *
   * @example 2131
   */
  store_id: string;
}

/** `OperatorVo` of `alibaba.wdk.reverse.creatrefund`. */
export interface AlibabaWdkReverseCreatrefundOperatorVoInput {
  /**
   * 操作人id
   *
   * @example 123
   */
  operator_id?: string;
  /**
   * 操作人名
   *
   * @example 门店小二
   */
  operator_name?: string;
  /**
   * 操作人type
   *
   * @example 6
   */
  operator_type: Int64Input;
}

/** `RefundChannelVo` of `alibaba.wdk.reverse.creatrefund`. */
export interface AlibabaWdkReverseCreatrefundRefundChannelVoInput {
  /**
   * 退款渠道金额
   *
   * @example 20
   */
  amount?: Int64Input;
  /**
   * 退款渠道码
   *
   * @example 10001
   */
  code?: string;
  /**
   * 退款渠道名
   *
   * @example 支付宝
   */
  name?: string;
}

/** `ReverseResult` of `alibaba.wdk.reverse.creatrefund`. */
export interface AlibabaWdkReverseCreatrefundReverseResult {
  /**
   * 错误码
   *
   * @example "isv.invalid-parameter"
   */
  error_code?: string;
  /**
   * 错误信息
   *
   * @example "参数错误"
   */
  error_msg?: string;
  /**
   * model
   *
   * @example model
   */
  model?: AlibabaWdkReverseCreatrefundCreateReverseResponse;
  /**
   * 是否成功
   *
   * @example false
   */
  success?: boolean;
}

/** `CreateReverseResponse` of `alibaba.wdk.reverse.creatrefund`. */
export interface AlibabaWdkReverseCreatrefundCreateReverseResponse {
  /**
   * 外部单号
   *
   * @example [1506864060698825068]
   */
  out_biz_order_ids?: string[];
  /**
   * tp单号
   *
   * @example 1506864060698825068
   */
  out_order_id?: string;
  /**
   * 请求id
   *
   * @example bdab6446-f0cf-4327-9ae3-fd69ac4d
   */
  request_id?: string;
  /**
   * 逆向单ids
   *
   * @example [1000002329950431000]
   */
  reverse_ids?: Int64[];
  /**
   * 门店id
   *
   * @example CSWZWA013
   */
  store_id?: string;
}

const REQUEST_SCHEMA = {
  param_create_reverse_req: {
    biz_order_ids: ['Number'],
    gift_card_nos: ['String'],
    operator: {
      operator_id: 'String',
      operator_name: 'String',
      operator_type: 'Number',
    },
    proofs: ['String'],
    reason_id: 'Number',
    reason_text: 'String',
    refund_amount: 'Number',
    refund_channel_list: [
      {
        amount: 'Number',
        code: 'String',
        name: 'String',
      },
    ],
    request_id: 'String',
    store_id: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    error_code: 'String',
    error_msg: 'String',
    model: {
      out_biz_order_ids: ['String'],
      out_order_id: 'String',
      request_id: 'String',
      reverse_ids: ['Number'],
      store_id: 'String',
    },
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.wdk.reverse.creatrefund`: method, response root, request and response schemas. */
export const alibabaWdkReverseCreatrefundOperation = {
  method: 'alibaba.wdk.reverse.creatrefund',
  responseRoot: 'alibaba_wdk_reverse_creatrefund_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 逆向提交 — calls TOP method `alibaba.wdk.reverse.creatrefund`.
 *
 * 逆向申请提交
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaWdkReverseCreatrefund(
  client: TopClient,
  request: AlibabaWdkReverseCreatrefundRequest = {},
  options?: CallOptions,
): Promise<AlibabaWdkReverseCreatrefundResponse> {
  return client.call<AlibabaWdkReverseCreatrefundResponse>(
    {
      method: 'alibaba.wdk.reverse.creatrefund',
      responseRoot: 'alibaba_wdk_reverse_creatrefund_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
