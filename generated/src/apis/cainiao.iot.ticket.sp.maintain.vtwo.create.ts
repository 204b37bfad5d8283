// Generated from specs/iotticket/cainiao.iot.ticket.sp.maintain.vtwo.create.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `cainiao.iot.ticket.sp.maintain.vtwo.create` (服务商制定维修费方案). */
export interface CainiaoIotTicketSpMaintainVtwoCreateRequest {
  /** 维修方案 */
  make_maintain_plan_top_request: CainiaoIotTicketSpMaintainVtwoCreateMakeMaintainPlanV2TopRequestInput;
}

/** Response of `cainiao.iot.ticket.sp.maintain.vtwo.create`: TOP returns only requested, non-null fields, so all are optional. */
export interface CainiaoIotTicketSpMaintainVtwoCreateResponse {
  /** 返回结果 */
  result?: CainiaoIotTicketSpMaintainVtwoCreateResultDto;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `MakeMaintainPlanV2TopRequest` of `cainiao.iot.ticket.sp.maintain.vtwo.create`. */
export interface CainiaoIotTicketSpMaintainVtwoCreateMakeMaintainPlanV2TopRequestInput {
  /** 维修项 */
  iot_maintain_plan_item_list: CainiaoIotTicketSpMaintainVtwoCreateIotMaintainPlanItemTopRequestInput[];
  /** 问题列表（需要映射） */
  problem_type_list?: string[];
  /** 其它费用 */
  other_fee?: string;
  /** 问题原因（需要映射） */
  problem_cause_list?: string[];
  /** 操作人联系方式 */
  operator_phone?: string;
  /** 操作人姓名 */
  operator_name?: string;
  /** 服务商编码 */
  sp_code?: string;
  /** 扩展属性 */
  feature?: string;
  /** 事件类型（需要映射） */
  event_type_list?: string[];
  /** 费用描述 */
  fee_remark?: string;
  /** 保内保外（需要映射） */
  warranty_type?: string;
  /** 支付图片二维码 */
  pay_picture_url?: string;
  /** 操作人Id */
  operator_id?: string;
  /** 人工费用 */
  labor_expense?: string;
  /** 工单Id */
  ticket_id?: Int64Input;
}

/** `IotMaintainPlanItemTopRequest` of `cainiao.iot.ticket.sp.maintain.vtwo.create`. */
export interface CainiaoIotTicketSpMaintainVtwoCreateIotMaintainPlanItemTopRequestInput {
  /** 设备编码（需要映射） */
  item_code?: string;
  /** 付款角色：merchant-商家记账；customer-客户支付 */
  pay_role?: string;
}

/** `ResultDto` of `cainiao.iot.ticket.sp.maintain.vtwo.create`. */
export interface CainiaoIotTicketSpMaintainVtwoCreateResultDto {
  /** 异常描述 */
  error_desc?: string;
  /** 执行结果 */
  success?: boolean;
  /** 错误码 */
  error_code?: string;
}

const REQUEST_SCHEMA = {
  make_maintain_plan_top_request: {
    iot_maintain_plan_item_list: [
      {
        item_code: 'String',
        pay_role: 'String',
      },
    ],
    problem_type_list: ['String'],
    other_fee: 'String',
    problem_cause_list: ['String'],
    operator_phone: 'String',
    operator_name: 'String',
    sp_code: 'String',
    feature: 'String',
    event_type_list: ['String'],
    fee_remark: 'String',
    warranty_type: 'String',
    pay_picture_url: 'String',
    operator_id: 'String',
    labor_expense: 'String',
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

/** Static description of `cainiao.iot.ticket.sp.maintain.vtwo.create`: method, response root, request and response schemas. */
export const cainiaoIotTicketSpMaintainVtwoCreateOperation = {
  method: 'cainiao.iot.ticket.sp.maintain.vtwo.create',
  responseRoot: 'cainiao_iot_ticket_sp_maintain_vtwo_create_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 服务商制定维修费方案 — calls TOP method `cainiao.iot.ticket.sp.maintain.vtwo.create`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function cainiaoIotTicketSpMaintainVtwoCreate(
  client: TopClient,
  request: CainiaoIotTicketSpMaintainVtwoCreateRequest,
  options?: CallOptions,
): Promise<CainiaoIotTicketSpMaintainVtwoCreateResponse> {
  return client.call<CainiaoIotTicketSpMaintainVtwoCreateResponse>(
    {
      method: 'cainiao.iot.ticket.sp.maintain.vtwo.create',
      responseRoot: 'cainiao_iot_ticket_sp_maintain_vtwo_create_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
