// Generated from specs/iotticket/cainiao.iot.ticket.sp.maintain.update.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `cainiao.iot.ticket.sp.maintain.update` (IoT售后服务商维修方案更新). */
export interface CainiaoIotTicketSpMaintainUpdateRequest {
  /** 请求参数 */
  param: CainiaoIotTicketSpMaintainUpdateUpdateMaintainPlanTopRequestInput;
}

/** Response of `cainiao.iot.ticket.sp.maintain.update`: TOP returns only requested, non-null fields, so all are optional. */
export interface CainiaoIotTicketSpMaintainUpdateResponse {
  /** 返回结果 */
  result?: CainiaoIotTicketSpMaintainUpdateResultDto;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `UpdateMaintainPlanTopRequest` of `cainiao.iot.ticket.sp.maintain.update`. */
export interface CainiaoIotTicketSpMaintainUpdateUpdateMaintainPlanTopRequestInput {
  /** 操作人联系方式 */
  operator_phone: string;
  /** 操作人编码 */
  operator_id: string;
  /** 操作人名称 */
  operator_name: string;
  /** 服务商唯一编码 */
  sp_code: string;
  /** 工单Id */
  ticket_id: Int64Input;
  /** 维修项 */
  iot_maintain_plan_item_list: CainiaoIotTicketSpMaintainUpdateIotMaintainPlanItemTopRequestInput[];
  /** 运维方案：SEND_BACK_AND_SEND_OUT-客户寄回服务商寄出；SEND_OUT-服务商寄出；ONSITE-上门服务 */
  maintain_abilities: string;
  /** 客户寄回设备 服务商收件人名称 */
  receiver_name?: string;
  /** 其它费用 */
  other_fee: string;
  /** 客户寄回设备 服务商收货地址 */
  receiver_address?: string;
  /** 扩展字段 */
  features?: string | Record<string, unknown>;
  /** 维修方式（需要映射） */
  maintain_method: string;
  /** 客户寄回设备 服务商联系方式 */
  receiver_phone?: string;
  /** 支付方式：payBefore-维修前付费;payAfter-维修后付费;noNeedPay-无需付费 */
  pay_method: string;
  /** 费用描述 */
  fee_remark: string;
  /** 保内保外（需要映射） */
  warranty_type: string;
  /** 事件类型（需要映射） */
  event_type_list: string[];
}

/** `IotMaintainPlanItemTopRequest` of `cainiao.iot.ticket.sp.maintain.update`. */
export interface CainiaoIotTicketSpMaintainUpdateIotMaintainPlanItemTopRequestInput {
  /** 付款角色：merchant-商家记账；customer-客户支付 */
  pay_role: string;
  /** 设备编码（需要映射） */
  item_code: string;
}

/** `ResultDto` of `cainiao.iot.ticket.sp.maintain.update`. */
export interface CainiaoIotTicketSpMaintainUpdateResultDto {
  /** 执行结果 */
  success?: boolean;
  /** 异常描述 */
  error_desc?: string;
  /** 异常编码 */
  error_code?: string;
}

const REQUEST_SCHEMA = {
  param: {
    operator_phone: 'String',
    operator_id: 'String',
    operator_name: 'String',
    sp_code: 'String',
    ticket_id: 'Number',
    iot_maintain_plan_item_list: [
      {
        pay_role: 'String',
        item_code: 'String',
      },
    ],
    maintain_abilities: 'String',
    receiver_name: 'String',
    other_fee: 'String',
    receiver_address: 'String',
    features: 'Json',
    maintain_method: 'String',
    receiver_phone: 'String',
    pay_method: 'String',
    fee_remark: 'String',
    warranty_type: 'String',
    event_type_list: ['String'],
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    error_desc: 'String',
    error_code: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `cainiao.iot.ticket.sp.maintain.update`: method, response root, request and response schemas. */
export const cainiaoIotTicketSpMaintainUpdateOperation = {
  method: 'cainiao.iot.ticket.sp.maintain.update',
  responseRoot: 'cainiao_iot_ticket_sp_maintain_update_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * IoT售后服务商维修方案更新 — calls TOP method `cainiao.iot.ticket.sp.maintain.update`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function cainiaoIotTicketSpMaintainUpdate(
  client: TopClient,
  request: CainiaoIotTicketSpMaintainUpdateRequest,
  options?: CallOptions,
): Promise<CainiaoIotTicketSpMaintainUpdateResponse> {
  return client.call<CainiaoIotTicketSpMaintainUpdateResponse>(
    {
      method: 'cainiao.iot.ticket.sp.maintain.update',
      responseRoot: 'cainiao_iot_ticket_sp_maintain_update_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
