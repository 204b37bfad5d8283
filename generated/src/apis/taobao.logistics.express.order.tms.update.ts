// Generated from specs/logistic/taobao.logistics.express.order.tms.update.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.logistics.express.order.tms.update` (服务商修改上门取退时间接口). */
export interface TaobaoLogisticsExpressOrderTmsUpdateRequest {
  /** tms更新参数 */
  tms_to_msc_update_order_request?: TaobaoLogisticsExpressOrderTmsUpdateTms2MscUpdateOrderRequestInput;
}

/** Response of `taobao.logistics.express.order.tms.update`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoLogisticsExpressOrderTmsUpdateResponse {
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

/** `Tms2MscUpdateOrderRequest` of `taobao.logistics.express.order.tms.update`. */
export interface TaobaoLogisticsExpressOrderTmsUpdateTms2MscUpdateOrderRequestInput {
  /** 业务类型 */
  service_type: string;
  /** 淘天物流服务商ID */
  supplier_id: string;
  /** 修改后的上门日期（YYYY-MM-DD） */
  service_date?: string;
  /** 请求类型 */
  request_type: string;
  /** 唯一标识单号 */
  biz_code: string;
  /** 修改上门时间原因 */
  reason: string;
  /** 修改后的上门时间段（HH:MM-HH:MM） */
  service_time_range?: string;
  /** 配资源编码 */
  deliver_code: string;
  /** 电联信息（组） */
  phone_call_infos?: TaobaoLogisticsExpressOrderTmsUpdateTmsPhoneCallInfoDTOInput[];
}

/** `TmsPhoneCallInfoDTO` of `taobao.logistics.express.order.tms.update`. */
export interface TaobaoLogisticsExpressOrderTmsUpdateTmsPhoneCallInfoDTOInput {
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
  tms_to_msc_update_order_request: {
    service_type: 'String',
    supplier_id: 'String',
    service_date: 'String',
    request_type: 'String',
    biz_code: 'String',
    reason: 'String',
    service_time_range: 'String',
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

/** Static description of `taobao.logistics.express.order.tms.update`: method, response root, request and response schemas. */
export const taobaoLogisticsExpressOrderTmsUpdateOperation = {
  method: 'taobao.logistics.express.order.tms.update',
  responseRoot: 'logistics_express_order_tms_update_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 服务商修改上门取退时间接口 — calls TOP method `taobao.logistics.express.order.tms.update`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoLogisticsExpressOrderTmsUpdate(
  client: TopClient,
  request: TaobaoLogisticsExpressOrderTmsUpdateRequest = {},
  options?: CallOptions,
): Promise<TaobaoLogisticsExpressOrderTmsUpdateResponse> {
  return client.call<TaobaoLogisticsExpressOrderTmsUpdateResponse>(
    {
      method: 'taobao.logistics.express.order.tms.update',
      responseRoot: 'logistics_express_order_tms_update_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
