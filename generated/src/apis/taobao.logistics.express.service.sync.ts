// Generated from specs/logistic/taobao.logistics.express.service.sync.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.logistics.express.service.sync` (服务信息回告接口). */
export interface TaobaoLogisticsExpressServiceSyncRequest {
  /** 参数信息 */
  tms_service_sync_request: TaobaoLogisticsExpressServiceSyncTmsServiceSyncRequestInput;
}

/** Response of `taobao.logistics.express.service.sync`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoLogisticsExpressServiceSyncResponse {
  /** 校验成功或者异常 */
  suc?: boolean;
  /** 错误码描述 */
  biz_error_message?: string;
  /** 错误码标识 */
  biz_error_code?: boolean;
  /** 是否可重试 */
  retry?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TmsServiceSyncRequest` of `taobao.logistics.express.service.sync`. */
export interface TaobaoLogisticsExpressServiceSyncTmsServiceSyncRequestInput {
  /** 服务类型（1-送货上门；2-放指定驿站） */
  service_type: string;
  /** 配品牌 */
  tms_brand_code?: string;
  /** 物流轨迹描述信息 */
  logistics_detail_desc?: string;
  /** 送货上门签收类型 1-本人签收 2-他人代签收 3-前台 4-家门口 5-水表箱等指定位置 */
  send_sign_type?: string;
  /** 服务单code */
  biz_code: string;
  /** 图片信息 */
  picture_info_list?: TaobaoLogisticsExpressServiceSyncTmsPictureInfoRequestInput[];
  /** 对应状态的操作时间 */
  operate_time: string;
  /** 履约结果 TO_HOME, 送货上门 TO_CABINET, 入库入柜； TO_CUSTOMER_LOCATION, 放置指定地点（未上门） */
  delivery_result?: string;
  /** 包裹运单号 */
  mail_no: string;
  /** 状态（1-已揽收；2-派送中；3-已电联；4-已签收；5-已取消；6-异常） */
  service_state?: string;
  /** 短信信息 */
  sms_info_list?: TaobaoLogisticsExpressServiceSyncTmsSmsInfoRequestInput[];
  /** 电联结果 NOT_CONNECT, 未接通; TO_HOME, 送货上门; TO_CABINET, 需入库入柜 */
  phone_call_result?: string;
  /** 快递公司资源编码 */
  tms_cp_code: string;
  /** 业务类型（1-送货上门 ） */
  business_type: string;
  /** 电联信息 */
  phone_call_info_list?: TaobaoLogisticsExpressServiceSyncTmsPhoneCallInfoRequestInput[];
  /** 上门签收描述 */
  delivery_result_remark?: string;
}

/** `TmsPictureInfoRequest` of `taobao.logistics.express.service.sync`. */
export interface TaobaoLogisticsExpressServiceSyncTmsPictureInfoRequestInput {
  /** 图片访问url */
  pic_url?: string;
  /** 图片上传时间 */
  pic_upload_time?: string;
}

/** `TmsSmsInfoRequest` of `taobao.logistics.express.service.sync`. */
export interface TaobaoLogisticsExpressServiceSyncTmsSmsInfoRequestInput {
  /** 短信发送时间。smsInfo有值时，必需 */
  sms_send_time?: string;
  /** 短信状态。true，发送成功；false，发送失败 */
  sms_send_status?: boolean;
  /** 短信信息，smsInfo有值时，且smsSendStatus = true时，必需 */
  sms_text?: string;
}

/** `TmsPhoneCallInfoRequest` of `taobao.logistics.express.service.sync`. */
export interface TaobaoLogisticsExpressServiceSyncTmsPhoneCallInfoRequestInput {
  /** 电联属性，phoneCallInfo有值时，必需。SMART 智能云呼; NORMAL, 普通 */
  phone_call_type?: string;
  /** 挂断状态，phoneCallInfo有值时，必需。CUSTOMER_HAND_UP,消费者挂断；SENDER_HANG_UP,小件员挂断 */
  hang_up_type?: string;
  /** 电联语音文件，用于客诉场景定责使用 */
  phone_chat_url?: string;
  /** 电联用户后，用户确认需要进行改派时，操作改派的时间 */
  phone_call_demand_change_time?: string;
  /** 接通时间 */
  connect_time?: string;
  /** 消费者电联需求描述 */
  phone_call_result_remark?: string;
  /** 通话状态，phoneCallInfo有值时，必需。NOT _CONNECT, 未拨通；CONNECTED，已接通； NOBODY_ANSWER,无人接听 */
  connection_status?: string;
  /** 拨打时间。phoneCallInfo有值时，必需 */
  call_time?: string;
  /** 挂断时间 */
  hang_up_time?: string;
}

const REQUEST_SCHEMA = {
  tms_service_sync_request: {
    service_type: 'String',
    tms_brand_code: 'String',
    logistics_detail_desc: 'String',
    send_sign_type: 'String',
    biz_code: 'String',
    picture_info_list: [
      {
        pic_url: 'String',
        pic_upload_time: 'String',
      },
    ],
    operate_time: 'String',
    delivery_result: 'String',
    mail_no: 'String',
    service_state: 'String',
    sms_info_list: [
      {
        sms_send_time: 'String',
        sms_send_status: 'Boolean',
        sms_text: 'String',
      },
    ],
    phone_call_result: 'String',
    tms_cp_code: 'String',
    business_type: 'String',
    phone_call_info_list: [
      {
        phone_call_type: 'String',
        hang_up_type: 'String',
        phone_chat_url: 'String',
        phone_call_demand_change_time: 'String',
        connect_time: 'String',
        phone_call_result_remark: 'String',
        connection_status: 'String',
        call_time: 'String',
        hang_up_time: 'String',
      },
    ],
    delivery_result_remark: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  suc: 'Boolean',
  biz_error_message: 'String',
  biz_error_code: 'Boolean',
  retry: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `taobao.logistics.express.service.sync`: method, response root, request and response schemas. */
export const taobaoLogisticsExpressServiceSyncOperation = {
  method: 'taobao.logistics.express.service.sync',
  responseRoot: 'logistics_express_service_sync_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 服务信息回告接口 — calls TOP method `taobao.logistics.express.service.sync`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoLogisticsExpressServiceSync(
  client: TopClient,
  request: TaobaoLogisticsExpressServiceSyncRequest,
  options?: CallOptions,
): Promise<TaobaoLogisticsExpressServiceSyncResponse> {
  return client.call<TaobaoLogisticsExpressServiceSyncResponse>(
    {
      method: 'taobao.logistics.express.service.sync',
      responseRoot: 'logistics_express_service_sync_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
