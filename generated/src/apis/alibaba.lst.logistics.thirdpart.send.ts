// Generated from specs/lstlogistics/alibaba.lst.logistics.thirdpart.send.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.lst.logistics.thirdpart.send` (供应商-异云-使用第三方物流发货). */
export interface AlibabaLstLogisticsThirdpartSendRequest {
  /** 入参 */
  param: AlibabaLstLogisticsThirdpartSendSendOfflineOrderParamInput;
}

/** Response of `alibaba.lst.logistics.thirdpart.send`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaLstLogisticsThirdpartSendResponse {
  /** 接口返回model */
  result?: AlibabaLstLogisticsThirdpartSendResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `SendOfflineOrderParam` of `alibaba.lst.logistics.thirdpart.send`. */
export interface AlibabaLstLogisticsThirdpartSendSendOfflineOrderParamInput {
  /** 快递单号 */
  mail_no: string;
  /** 物流公司code */
  cp_company_code: string;
  /** 物流公司名称 */
  cp_company_name: string;
  /** 发货时间 */
  send_time?: DateInput;
  /** 备注 */
  remarks?: string;
  /** 发货主订单列表 */
  main_order_param_list: AlibabaLstLogisticsThirdpartSendMainOrderParamInput[];
}

/** `MainOrderParam` of `alibaba.lst.logistics.thirdpart.send`. */
export interface AlibabaLstLogisticsThirdpartSendMainOrderParamInput {
  /** 主订单id */
  main_order_id: Int64Input;
  /** 发货子订单列表 */
  sub_order_param_list: AlibabaLstLogisticsThirdpartSendSubOrderParamInput[];
}

/** `SubOrderParam` of `alibaba.lst.logistics.thirdpart.send`. */
export interface AlibabaLstLogisticsThirdpartSendSubOrderParamInput {
  /** 子订单id */
  sub_order_id: Int64Input;
  /** 购买数量 */
  amount: Int64Input;
}

/** `Result` of `alibaba.lst.logistics.thirdpart.send`. */
export interface AlibabaLstLogisticsThirdpartSendResult {
  /** 是否成功 */
  success?: boolean;
  /** 错误描述 */
  error_message?: string;
  /** 错误码 */
  error_code?: string;
  /** 返回内容 */
  content?: AlibabaLstLogisticsThirdpartSendContent;
}

/** `Content` of `alibaba.lst.logistics.thirdpart.send`. */
export interface AlibabaLstLogisticsThirdpartSendContent {
  /** 物流编号，可用来查询物流详情 */
  logistics_id?: string;
}

const REQUEST_SCHEMA = {
  param: {
    mail_no: 'String',
    cp_company_code: 'String',
    cp_company_name: 'String',
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

/** Static description of `alibaba.lst.logistics.thirdpart.send`: method, response root, request and response schemas. */
export const alibabaLstLogisticsThirdpartSendOperation = {
  method: 'alibaba.lst.logistics.thirdpart.send',
  responseRoot: 'alibaba_lst_logistics_thirdpart_send_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 供应商-异云-使用第三方物流发货 — calls TOP method `alibaba.lst.logistics.thirdpart.send`.
 *
 * 异地云仓的订单，使用第三方物流的发货方式来变更订单发货状态
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaLstLogisticsThirdpartSend(
  client: TopClient,
  request: AlibabaLstLogisticsThirdpartSendRequest,
  options?: CallOptions,
): Promise<AlibabaLstLogisticsThirdpartSendResponse> {
  return client.call<AlibabaLstLogisticsThirdpartSendResponse>(
    {
      method: 'alibaba.lst.logistics.thirdpart.send',
      responseRoot: 'alibaba_lst_logistics_thirdpart_send_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
