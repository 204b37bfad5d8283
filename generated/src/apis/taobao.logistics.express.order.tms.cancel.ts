// Generated from specs/logistic/taobao.logistics.express.order.tms.cancel.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.logistics.express.order.tms.cancel` (服务商上门取退时间取消接口). */
export interface TaobaoLogisticsExpressOrderTmsCancelRequest {
  /** tms取消参数 */
  tms_to_msc_cancel_order_request?: TaobaoLogisticsExpressOrderTmsCancelTms2MscCancelOrderRequestInput;
}

/** Response of `taobao.logistics.express.order.tms.cancel`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoLogisticsExpressOrderTmsCancelResponse {
  /** 系统成功失败 */
  suc?: boolean;
  /** 响应信息 */
  biz_error_message?: string;
  /** 响应码 */
  biz_error_code?: string;
  /** 是否可重试 */
  retry?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Tms2MscCancelOrderRequest` of `taobao.logistics.express.order.tms.cancel`. */
export interface TaobaoLogisticsExpressOrderTmsCancelTms2MscCancelOrderRequestInput {
  /** 服务类型 */
  service_type: string;
  /** 淘天物流服务商ID */
  supplier_id: string;
  /** 唯一标识单号 */
  biz_code: string;
  /** 取消上门订单原因，枚举 */
  reason: string;
  /** 配资源编码 */
  deliver_code: string;
  /** 电联信息（组） */
  phone_call_infos?: TaobaoLogisticsExpressOrderTmsCancelTmsPhoneCallInfoDTOInput[];
}

/** `TmsPhoneCallInfoDTO` of `taobao.logistics.express.order.tms.cancel`. */
export interface TaobaoLogisticsExpressOrderTmsCancelTmsPhoneCallInfoDTOInput {
  /** 接通时长, 单位s */
  connect_time_length?: Int64Input;
  /** 电联属性，SMART 智能云呼；NORMAL, 普通 */
  phone_call_type?: string;
  /** 挂断状态，CUSTOMER_HAND_UP,消费者挂断；SENDER_HANG_UP,小件员挂断 */
  hang_up_type?: string;
  /** 电联语音文件，用于客诉场景定责使用。 */
  phone_chat_url?: string;
  /** 接通时间，操作时间（YYYY-MM-DD HH:MM:SS） */
  connect_time?: string;
  /** 消费者电联需求描述 */
  phone_call_result_remark?: string;
  /** 通话状态（枚举） */
  connection_status?: string;
  /** 电联人员联系方式（小件员/官方号码） */
  phone_call_operator_phone?: string;
  /** 消费者联系方式（消费者） */
  phone_call_consumer_phone?: string;
  /** 拨打时间，操作时间（YYYY-MM-DD HH:MM:SS） */
  call_time?: string;
  /** 电联人员名称（小件员） */
  phone_call_operator_name?: string;
  /** 挂断时间，操作时间（YYYY-MM-DD HH:MM:SS） */
  hang_up_time?: string;
}

const REQUEST_SCHEMA = {
  tms_to_msc_cancel_order_request: {
    service_type: 'String',
    supplier_id: 'String',
    biz_code: 'String',
    reason: 'String',
    deliver_code: 'String',
    phone_call_infos: [
      {
        connect_time_length: 'Number',
        phone_call_type: 'String',
        hang_up_type: 'String',
        phone_chat_url: 'String',
        connect_time: 'String',
        phone_call_result_remark: 'String',
        connection_status: 'String',
        phone_call_operator_phone: 'String',
        phone_call_consumer_phone: 'String',
        call_time: 'String',
        phone_call_operator_name: 'String',
        hang_up_time: 'String',
      },
    ],
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  suc: 'Boolean',
  biz_error_message: 'String',
  biz_error_code: 'String',
  retry: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `taobao.logistics.express.order.tms.cancel`: method, response root, request and response schemas. */
export const taobaoLogisticsExpressOrderTmsCancelOperation = {
  method: 'taobao.logistics.express.order.tms.cancel',
  responseRoot: 'logistics_express_order_tms_cancel_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 服务商上门取退时间取消接口 — calls TOP method `taobao.logistics.express.order.tms.cancel`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoLogisticsExpressOrderTmsCancel(
  client: TopClient,
  request: TaobaoLogisticsExpressOrderTmsCancelRequest = {},
  options?: CallOptions,
): Promise<TaobaoLogisticsExpressOrderTmsCancelResponse> {
  return client.call<TaobaoLogisticsExpressOrderTmsCancelResponse>(
    {
      method: 'taobao.logistics.express.order.tms.cancel',
      responseRoot: 'logistics_express_order_tms_cancel_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
