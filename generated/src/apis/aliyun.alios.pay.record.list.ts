// Generated from specs/aliospay/aliyun.alios.pay.record.list.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `aliyun.alios.pay.record.list` (支付记录批量查询接口). */
export interface AliyunAliosPayRecordListRequest {
  /** 请求参数 */
  search_record_request?: AliyunAliosPayRecordListSearchRecordRequestInput;
}

/** Response of `aliyun.alios.pay.record.list`: TOP returns only requested, non-null fields, so all are optional. */
export interface AliyunAliosPayRecordListResponse {
  /** 响应参数 */
  aliospay_response?: AliyunAliosPayRecordListAliOSPayResponse;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `SearchRecordRequest` of `aliyun.alios.pay.record.list`. */
export interface AliyunAliosPayRecordListSearchRecordRequestInput {
  /** 请求唯一id，不可重复，服务端会根据此参数防重放 */
  trace_id: string;
  /** 语言,en表示英文，zh表示中文 */
  lang: string;
  /** 发送请求的时间戳 */
  time: string;
  /** 起始时间，时间戳 */
  begin_time: Int64Input;
  /** 结束时间，时间戳 */
  end_time: Int64Input;
  /** 分页偏移量，默认0 */
  offset?: Int64Input;
  /** 每页数量，默认100 */
  size?: Int64Input;
}

/** `AliOSPayResponse` of `aliyun.alios.pay.record.list`. */
export interface AliyunAliosPayRecordListAliOSPayResponse {
  /** 请求唯一id，不可重复，服务端会根据此参数防重放 */
  trace_id?: string;
  /** 错误码 */
  code?: Int64;
  /** 错误信息 */
  message?: string;
  /** 业务数据 */
  data?: AliyunAliosPayRecordListSearchRecordResponse;
}

/** `SearchRecordResponse` of `aliyun.alios.pay.record.list`. */
export interface AliyunAliosPayRecordListSearchRecordResponse {
  /** 总数 */
  total?: Int64;
  /** 支付记录列表 */
  datas?: AliyunAliosPayRecordListPayRecordData[];
}

/** `PayRecordData` of `aliyun.alios.pay.record.list`. */
export interface AliyunAliosPayRecordListPayRecordData {
  /** 业务订单号 */
  biz_order_id?: string;
  /** alios支付订单id */
  pay_order_id?: string;
  /** 支付宝订单id */
  alipay_trade_id?: string;
  /** 订单标题 */
  subject?: string;
  /** 支付结果状态,取值为:INIT初始，WAIT_BUYER_PAY : 等待用户付款。TRADE_SUCCESS:支付已经成功。 TRADE_CLOSED:未付款交易超时关闭，或支付完成后全额退款。TRADE_FINISHED交易结束，不可退款 */
  pay_result?: string;
  /** 订单总金额，单位分 */
  total_amount?: Int64;
  /** 实收金额，单位分 */
  receipt_amount?: Int64;
  /** 退款金额，单位分 */
  refund_fee?: Int64;
  /** 订单创建时间，时间戳 */
  order_time?: Int64;
  /** 交易支付时间，未进行支付无值，时间戳 */
  payment_time?: Int64;
}

const REQUEST_SCHEMA = {
  search_record_request: {
    trace_id: 'String',
    lang: 'String',
    time: 'String',
    begin_time: 'Number',
    end_time: 'Number',
    offset: 'Number',
    size: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  aliospay_response: {
    trace_id: 'String',
    code: 'Number',
    message: 'String',
    data: {
      total: 'Number',
      datas: [
        {
          biz_order_id: 'String',
          pay_order_id: 'String',
          alipay_trade_id: 'String',
          subject: 'String',
          pay_result: 'String',
          total_amount: 'Number',
          receipt_amount: 'Number',
          refund_fee: 'Number',
          order_time: 'Number',
          payment_time: 'Number',
        },
      ],
    },
  },
} as const satisfies ObjectSchema;

/** Static description of `aliyun.alios.pay.record.list`: method, response root, request and response schemas. */
export const aliyunAliosPayRecordListOperation = {
  method: 'aliyun.alios.pay.record.list',
  responseRoot: 'aliyun_alios_pay_record_list_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 支付记录批量查询接口 — calls TOP method `aliyun.alios.pay.record.list`.
 *
 * 商户用来对账的接口
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function aliyunAliosPayRecordList(
  client: TopClient,
  request: AliyunAliosPayRecordListRequest = {},
  options?: CallOptions,
): Promise<AliyunAliosPayRecordListResponse> {
  return client.call<AliyunAliosPayRecordListResponse>(
    {
      method: 'aliyun.alios.pay.record.list',
      responseRoot: 'aliyun_alios_pay_record_list_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
