// Generated from specs/logistic/taobao.logistics.express.collect.sync.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.logistics.express.collect.sync` (服饰逆向揽收信息同步). */
export interface TaobaoLogisticsExpressCollectSyncRequest {
  /** 揽收参数 */
  tms_collect_request?: TaobaoLogisticsExpressCollectSyncTmsCollectRequestInput;
}

/** Response of `taobao.logistics.express.collect.sync`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoLogisticsExpressCollectSyncResponse {
  /** 校验成功或者异常 */
  suc?: boolean;
  /** 错误码描述 */
  biz_error_message?: string;
  /** 错误码标识 */
  biz_error_code?: string;
  /** 是否可重试 */
  retry?: boolean;
  /** 返回值 */
  data?: TaobaoLogisticsExpressCollectSyncTmsCollectResponse;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TmsCollectRequest` of `taobao.logistics.express.collect.sync`. */
export interface TaobaoLogisticsExpressCollectSyncTmsCollectRequestInput {
  /** 业务类型 */
  service_type: string;
  /** 运单号（运单号及包裹重量至少有一个） */
  mail_no?: string;
  /** 验视照片 */
  pic_url?: string;
  /** 单据标识 */
  biz_code: string;
  /** 包裹长度 (单位：cm)，小数点后2位 */
  length?: string;
  /** 包裹宽度（单位：cm)，小数点后2位 */
  width?: string;
  /** 业务服务 */
  service_flag?: string;
  /** 实际重量（取件称重重量），单位g ，小数点后2位 */
  weight?: string;
  /** 资源编码 */
  tms_cp_code?: string;
  /** 预估运费（单位：分） */
  estimate_fee?: string;
  /** 计费重量，单位g，小数点后2位 */
  charged_weight?: string;
  /** 包裹高度 (单位：cm)，小数点后2位 */
  height?: string;
  /** 服务商id */
  supplier_id?: string;
  /** 配资源编码 */
  delivery_code?: string;
  /** 计抛重量，单位g，小数点后2位。条件必填，计抛重量与包裹长宽高信息需要同时传入 */
  throwing_weight?: string;
  /** 扩展字段 */
  feature?: TaobaoLogisticsExpressCollectSyncTmsCollectFeatureDTOInput;
  /** 电联信息 */
  phone_call_infos?: TaobaoLogisticsExpressCollectSyncTmsPhoneCallInfoDTOInput[];
  /** 其他作业信息明细 */
  extend_operate_infos?: TaobaoLogisticsExpressCollectSyncTmsExtendOperateInfosDTOInput[];
  /** 0-未核实 1-已核实 */
  weight_is_verified?: string;
}

/** `TmsCollectFeatureDTO` of `taobao.logistics.express.collect.sync`. */
export interface TaobaoLogisticsExpressCollectSyncTmsCollectFeatureDTOInput {
  /** 子运单号 */
  sub_mail_no?: string;
}

/** `TmsPhoneCallInfoDTO` of `taobao.logistics.express.collect.sync`. */
export interface TaobaoLogisticsExpressCollectSyncTmsPhoneCallInfoDTOInput {
  /** 电联人员名称（小件员） */
  phone_call_operator_name?: string;
  /** 电联人员联系方式（小件员/官方号码） */
  phone_call_operator_phone?: string;
  /** 消费者联系方式（消费者） */
  phone_call_consumer_phone?: string;
  /** 消费者电联需求描述 */
  phone_call_result_remark?: string;
  /** NOT_CONNECT, 未拨通；CONNECTED，已接通； NOBODY_ANSWER，无人接听 */
  connection_status?: string;
  /** 拨打时间，操作时间（YYYY-MM-DD HH:MM:SS） */
  call_time?: string;
  /** 接通时间，操作时间（YYYY-MM-DD HH:MM:SS） */
  connect_time?: string;
  /** 挂断时间，操作时间（YYYY-MM-DD HH:MM:SS） */
  hang_up_time?: string;
  /** 接通时长, 单位s */
  connect_time_length?: Int64Input;
  /** 电联属性，SMART 智能云呼；NORMAL, 普通 */
  phone_call_type?: string;
  /** 挂断状态，CUSTOMER_HAND_UP,消费者挂断；SENDER_HANG_UP,小件员挂断 OTHER，其他（无法识别） */
  hang_up_type?: string;
  /** 电联语音文件，用于客诉场景定责使用 */
  phone_chat_url?: string;
}

/** `TmsExtendOperateInfosDTO` of `taobao.logistics.express.collect.sync`. */
export interface TaobaoLogisticsExpressCollectSyncTmsExtendOperateInfosDTOInput {
  /** 操作类型（枚举）： UpdateAddress-服务商修改地址 */
  operate_type?: string;
  /** 操作时间(YYYY-MM-DD HH:MM:SS) */
  operate_time?: string;
  /** 内容 */
  operate_detail?: string;
}

/** `TmsCollectResponse` of `taobao.logistics.express.collect.sync`. */
export interface TaobaoLogisticsExpressCollectSyncTmsCollectResponse {
  /** 重量是否通过风控 */
  weight_check_result?: boolean;
  /** 风控通过重量 */
  weight?: string;
}

const REQUEST_SCHEMA = {
  tms_collect_request: {
    service_type: 'String',
    mail_no: 'String',
    pic_url: 'String',
    biz_code: 'String',
    length: 'String',
    width: 'String',
    service_flag: 'String',
    weight: 'String',
    tms_cp_code: 'String',
    estimate_fee: 'String',
    charged_weight: 'String',
    height: 'String',
    supplier_id: 'String',
    delivery_code: 'String',
    throwing_weight: 'String',
    feature: {
      sub_mail_no: 'String',
    },
    phone_call_infos: [
      {
        phone_call_operator_name: 'String',
        phone_call_operator_phone: 'String',
        phone_call_consumer_phone: 'String',
        phone_call_result_remark: 'String',
        connection_status: 'String',
        call_time: 'String',
        connect_time: 'String',
        hang_up_time: 'String',
        connect_time_length: 'Number',
        phone_call_type: 'String',
        hang_up_type: 'String',
        phone_chat_url: 'String',
      },
    ],
    extend_operate_infos: [
      {
        operate_type: 'String',
        operate_time: 'String',
        operate_detail: 'String',
      },
    ],
    weight_is_verified: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  suc: 'Boolean',
  biz_error_message: 'String',
  biz_error_code: 'String',
  retry: 'Boolean',
  data: {
    weight_check_result: 'Boolean',
    weight: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.logistics.express.collect.sync`: method, response root, request and response schemas. */
export const taobaoLogisticsExpressCollectSyncOperation = {
  method: 'taobao.logistics.express.collect.sync',
  responseRoot: 'logistics_express_collect_sync_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 服饰逆向揽收信息同步 — calls TOP method `taobao.logistics.express.collect.sync`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoLogisticsExpressCollectSync(
  client: TopClient,
  request: TaobaoLogisticsExpressCollectSyncRequest = {},
  options?: CallOptions,
): Promise<TaobaoLogisticsExpressCollectSyncResponse> {
  return client.call<TaobaoLogisticsExpressCollectSyncResponse>(
    {
      method: 'taobao.logistics.express.collect.sync',
      responseRoot: 'logistics_express_collect_sync_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
