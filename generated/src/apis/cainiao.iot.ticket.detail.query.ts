// Generated from specs/iotticket/cainiao.iot.ticket.detail.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `cainiao.iot.ticket.detail.query` (IoT售后工单详情查询). */
export interface CainiaoIotTicketDetailQueryRequest {
  /** 服务商唯一编码 */
  sp_code: string;
  /** 工单Id */
  ticket_id: Int64Input;
}

/** Response of `cainiao.iot.ticket.detail.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface CainiaoIotTicketDetailQueryResponse {
  /** 返回结果 */
  result?: CainiaoIotTicketDetailQueryResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Result` of `cainiao.iot.ticket.detail.query`. */
export interface CainiaoIotTicketDetailQueryResult {
  /** 错误描述 */
  error_desc?: string;
  /** 结果数据 */
  data?: CainiaoIotTicketDetailQueryData;
  /** 是否成功 */
  success?: boolean;
  /** 错误码 */
  error_code?: string;
}

/** `Data` of `cainiao.iot.ticket.detail.query`. */
export interface CainiaoIotTicketDetailQueryData {
  /** 客户地址 */
  customer_address?: string;
  /** 图片列表 */
  images?: CainiaoIotTicketDetailQueryImages[];
  /** 事件类型描述 */
  event_type_desc?: string;
  /** 创建时间 */
  gmt_create?: string;
  /** 客户寄回设备邮编 */
  customer_mail_no?: string;
  /** 维修方案信息 */
  maintenance_info?: CainiaoIotTicketDetailQueryMaintenanceInfo;
  /** 客户名称 */
  customer_name?: string;
  /** 设备bar code */
  device_bar_code?: string;
  /** 购买日期 */
  device_purchase_date?: string;
  /** 客户联系方式 */
  customer_phone?: string;
  /** 操作记录 */
  operate_log_list?: CainiaoIotTicketDetailQueryOperateLogList[];
  /** 工单详情描述 */
  ticket_description?: string;
  /** 服务商设备寄回邮寄编号 */
  sp_mail_no?: string;
  /** 上门人员信息 */
  repairman_info?: CainiaoIotTicketDetailQueryRepairmanInfo;
  /** 工单Id */
  ticket_id?: Int64;
  /** 服务状态描述：待受理；待发起维修方案；待确认维修方案；维修服务中；待确认完成；待评价；已完结；已撤销 */
  status_desc?: string;
}

/** `Images` of `cainiao.iot.ticket.detail.query`. */
export interface CainiaoIotTicketDetailQueryImages {
  /** 图片类型：service-上门服务图片;cuSendProof-客户邮寄凭证;spSendProof-服务商邮寄凭证;abnormalImage-异常信息;purchaseVoucher-用户购买凭证 */
  type?: string;
  /** 图片url */
  url?: string;
}

/** `MaintenanceInfo` of `cainiao.iot.ticket.detail.query`. */
export interface CainiaoIotTicketDetailQueryMaintenanceInfo {
  /** 维修方式 */
  maintain_method?: string;
  /** 修理方式 */
  maintain_abilities?: string;
  /** 支付方式：payBefore-维修前付费;payAfter-维修后付费;noNeedPay-无需付费 */
  pay_method?: string;
  /** 其它费用 */
  other_fee?: string;
  /** 费用描述 */
  fee_remark?: string;
  /** 维修配件信息 */
  part_item_list?: CainiaoIotTicketDetailQueryPartItemList[];
  /** 承保类型 */
  warranty_type?: string;
  /** 事件类型列表 */
  event_type_list?: string[];
}

/** `PartItemList` of `cainiao.iot.ticket.detail.query`. */
export interface CainiaoIotTicketDetailQueryPartItemList {
  /** 配件编码 */
  item_code?: string;
  /** 支付角色：merchant-商家记账；customer-客户付费 */
  pay_role?: string;
}

/** `OperateLogList` of `cainiao.iot.ticket.detail.query`. */
export interface CainiaoIotTicketDetailQueryOperateLogList {
  /** 操作人联系方式 */
  operate_phone?: string;
  /** 操作时间 */
  operate_time?: string;
  /** 操作类型描述 */
  operate_type?: string;
  /** 操作人 */
  operate_name?: string;
  /** 备注信息 */
  remark?: string;
}

/** `RepairmanInfo` of `cainiao.iot.ticket.detail.query`. */
export interface CainiaoIotTicketDetailQueryRepairmanInfo {
  /** 上门维修人员编号 */
  repairman_id?: string;
  /** 上门维修人员名称 */
  repairman_name?: string;
  /** 上门维修人员联系方式 */
  repairman_phone?: string;
  /** 上门时间 */
  appoint_date?: string;
  /** 上门维修地址 */
  visit_address?: string;
}

const REQUEST_SCHEMA = {
  sp_code: 'String',
  ticket_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    error_desc: 'String',
    data: {
      customer_address: 'String',
      images: [
        {
          type: 'String',
          url: 'String',
        },
      ],
      event_type_desc: 'String',
      gmt_create: 'Date',
      customer_mail_no: 'String',
      maintenance_info: {
        maintain_method: 'String',
        maintain_abilities: 'String',
        pay_method: 'String',
        other_fee: 'String',
        fee_remark: 'String',
        part_item_list: [
          {
            item_code: 'String',
            pay_role: 'String',
          },
        ],
        warranty_type: 'String',
        event_type_list: ['String'],
      },
      customer_name: 'String',
      device_bar_code: 'String',
      device_purchase_date: 'String',
      customer_phone: 'String',
      operate_log_list: [
        {
          operate_phone: 'String',
          operate_time: 'Date',
          operate_type: 'String',
          operate_name: 'String',
          remark: 'String',
        },
      ],
      ticket_description: 'String',
      sp_mail_no: 'String',
      repairman_info: {
        repairman_id: 'String',
        repairman_name: 'String',
        repairman_phone: 'String',
        appoint_date: 'String',
        visit_address: 'String',
      },
      ticket_id: 'Number',
      status_desc: 'String',
    },
    success: 'Boolean',
    error_code: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `cainiao.iot.ticket.detail.query`: method, response root, request and response schemas. */
export const cainiaoIotTicketDetailQueryOperation = {
  method: 'cainiao.iot.ticket.detail.query',
  responseRoot: 'cainiao_iot_ticket_detail_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * IoT售后工单详情查询 — calls TOP method `cainiao.iot.ticket.detail.query`.
 *
 * Iot售后工单详情信息查询
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function cainiaoIotTicketDetailQuery(
  client: TopClient,
  request: CainiaoIotTicketDetailQueryRequest,
  options?: CallOptions,
): Promise<CainiaoIotTicketDetailQueryResponse> {
  return client.call<CainiaoIotTicketDetailQueryResponse>(
    {
      method: 'cainiao.iot.ticket.detail.query',
      responseRoot: 'cainiao_iot_ticket_detail_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
