// Generated from specs/iotticket/cainiao.iot.ticket.sp.vtwo.accept.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `cainiao.iot.ticket.sp.vtwo.accept` (IoT售后服务商确认接单). */
export interface CainiaoIotTicketSpVtwoAcceptRequest {
  /** 受理接口请求参数 */
  accept_ticket_top_request?: CainiaoIotTicketSpVtwoAcceptAcceptTicketV2TopRequestInput;
}

/** Response of `cainiao.iot.ticket.sp.vtwo.accept`: TOP returns only requested, non-null fields, so all are optional. */
export interface CainiaoIotTicketSpVtwoAcceptResponse {
  /** 返回结果 */
  result?: CainiaoIotTicketSpVtwoAcceptResultDto;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `AcceptTicketV2TopRequest` of `cainiao.iot.ticket.sp.vtwo.accept`. */
export interface CainiaoIotTicketSpVtwoAcceptAcceptTicketV2TopRequestInput {
  /** 维修方案 depot_repair:寄回维修;parts_replacement:配件更换;onsite_repair:上门维修;remote_solution:远程解决;transfer_to_customer_service:转单给菜鸟 */
  maintenance_mode_code: string;
  /** 上门人员Id */
  onsite_staff_id?: string;
  /** 收件人名称 */
  receiver_name?: string;
  /** 上门地址 */
  onsite_address?: string;
  /** 备注 */
  remark?: string;
  /** 操作人手机号 */
  operator_phone: string;
  /** 操作人名称 */
  operator_name: string;
  /** 上门人员名称 */
  onsite_staff_name?: string;
  /** 上门时间 */
  onsite_time?: DateInput;
  /** 服务商编码 */
  sp_code: string;
  /** 收件地址 */
  receiver_address?: string;
  /** 上门人联系方式 */
  onsite_staff_phone?: string;
  /** 收件人联系方式 */
  receiver_phone?: string;
  /** 扩展字段 */
  feature?: string;
  /** 远程解决方式 1:不想修了;2:已经修好了;3:费用太贵;4:其他原因 */
  solution_remark?: string;
  /** 操作人Id */
  operator_id: string;
  /** 工单Id */
  ticket_id?: Int64Input;
}

/** `ResultDto` of `cainiao.iot.ticket.sp.vtwo.accept`. */
export interface CainiaoIotTicketSpVtwoAcceptResultDto {
  /** 异常描述 */
  error_desc?: string;
  /** 执行结果 */
  success?: boolean;
  /** 错误码 */
  error_code?: string;
}

const REQUEST_SCHEMA = {
  accept_ticket_top_request: {
    maintenance_mode_code: 'String',
    onsite_staff_id: 'String',
    receiver_name: 'String',
    onsite_address: 'String',
    remark: 'String',
    operator_phone: 'String',
    operator_name: 'String',
    onsite_staff_name: 'String',
    onsite_time: 'Date',
    sp_code: 'String',
    receiver_address: 'String',
    onsite_staff_phone: 'String',
    receiver_phone: 'String',
    feature: 'String',
    solution_remark: 'String',
    operator_id: 'String',
    ticket_id: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    error_desc: 'String',
    success: 'Boolean',
    error_code: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `cainiao.iot.ticket.sp.vtwo.accept`: method, response root, request and response schemas. */
export const cainiaoIotTicketSpVtwoAcceptOperation = {
  method: 'cainiao.iot.ticket.sp.vtwo.accept',
  responseRoot: 'cainiao_iot_ticket_sp_vtwo_accept_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * IoT售后服务商确认接单 — calls TOP method `cainiao.iot.ticket.sp.vtwo.accept`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function cainiaoIotTicketSpVtwoAccept(
  client: TopClient,
  request: CainiaoIotTicketSpVtwoAcceptRequest = {},
  options?: CallOptions,
): Promise<CainiaoIotTicketSpVtwoAcceptResponse> {
  return client.call<CainiaoIotTicketSpVtwoAcceptResponse>(
    {
      method: 'cainiao.iot.ticket.sp.vtwo.accept',
      responseRoot: 'cainiao_iot_ticket_sp_vtwo_accept_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
