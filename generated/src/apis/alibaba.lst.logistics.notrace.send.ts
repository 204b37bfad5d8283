// Generated from specs/lstlogistics/alibaba.lst.logistics.notrace.send.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.lst.logistics.notrace.send` (供应商-异云-无需物流发货). */
export interface AlibabaLstLogisticsNotraceSendRequest {
  /** 入参 */
  param: AlibabaLstLogisticsNotraceSendSendDummyOrderParamInput;
}

/** Response of `alibaba.lst.logistics.notrace.send`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaLstLogisticsNotraceSendResponse {
  /** 接口返回model */
  result?: AlibabaLstLogisticsNotraceSendResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `SendDummyOrderParam` of `alibaba.lst.logistics.notrace.send`. */
export interface AlibabaLstLogisticsNotraceSendSendDummyOrderParamInput {
  /** 发货时间 */
  send_time?: DateInput;
  /** 备注 */
  remarks?: string;
  /** 发货主订单列表 */
  main_order_param_list: AlibabaLstLogisticsNotraceSendMainOrderParamInput[];
}

/** `MainOrderParam` of `alibaba.lst.logistics.notrace.send`. */
export interface AlibabaLstLogisticsNotraceSendMainOrderParamInput {
  /** 主订单id */
  main_order_id: Int64Input;
  /** 发货子订单列表 */
  sub_order_param_list: AlibabaLstLogisticsNotraceSendSubOrderParamInput[];
}

/** `SubOrderParam` of `alibaba.lst.logistics.notrace.send`. */
export interface AlibabaLstLogisticsNotraceSendSubOrderParamInput {
  /** 子订单id */
  sub_order_id: Int64Input;
  /** 购买数量 */
  amount: Int64Input;
}

/** `Result` of `alibaba.lst.logistics.notrace.send`. */
export interface AlibabaLstLogisticsNotraceSendResult {
  /** 是否成功 */
  success?: boolean;
  /** 错误描述 */
  error_message?: string;
  /** 错误码 */
  error_code?: string;
  /** 返回内容 */
  content?: AlibabaLstLogisticsNotraceSendContent;
}

/** `Content` of `alibaba.lst.logistics.notrace.send`. */
export interface AlibabaLstLogisticsNotraceSendContent {
  /** 物流编号，可用来查询物流详情 */
  logistics_id?: string;
}

const REQUEST_SCHEMA = {
  param: {
    send_time: 'Date',
    remarks: 'String',
    main_order_param_list: [
      {
        main_order_id: 'Number',
        sub_order_param_list: [
          {
            sub_order_id: 'Number',
            amount: 'Number',
          },
        ],
      },
    ],
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    error_message: 'String',
    error_code: 'String',
    content: {
      logistics_id: 'String',
    },
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.lst.logistics.notrace.send`: method, response root, request and response schemas. */
export const alibabaLstLogisticsNotraceSendOperation = {
  method: 'alibaba.lst.logistics.notrace.send',
  responseRoot: 'alibaba_lst_logistics_notrace_send_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 供应商-异云-无需物流发货 — calls TOP method `alibaba.lst.logistics.notrace.send`.
 *
 * 异地云仓的订单，使用无需物流的发货方式来变更订单发货状态
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaLstLogisticsNotraceSend(
  client: TopClient,
  request: AlibabaLstLogisticsNotraceSendRequest,
  options?: CallOptions,
): Promise<AlibabaLstLogisticsNotraceSendResponse> {
  return client.call<AlibabaLstLogisticsNotraceSendResponse>(
    {
      method: 'alibaba.lst.logistics.notrace.send',
      responseRoot: 'alibaba_lst_logistics_notrace_send_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
