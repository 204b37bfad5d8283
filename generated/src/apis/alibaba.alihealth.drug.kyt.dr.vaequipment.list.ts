// Generated from specs/drugtrace/alibaba.alihealth.drug.kyt.dr.vaequipment.list.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihealth.drug.kyt.dr.vaequipment.list` (获取企业冷链设备信息). */
export interface AlibabaAlihealthDrugKytDrVaequipmentListRequest {
  /** 操作企业ID （appkey授权） */
  ref_ent_id: string;
  /** 目标企业ID */
  target_ref_ent_id: string;
  /** 设备编号或名称 */
  equipment_code_or_name?: string;
  /** 设备类型 */
  equipment_type?: string;
  /** 设备状态，1：正常；0：停止 */
  status?: string;
  /** 页码 */
  page: Int64Input;
  /** 每页显示数量 */
  page_size: Int64Input;
}

/** Response of `alibaba.alihealth.drug.kyt.dr.vaequipment.list`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihealthDrugKytDrVaequipmentListResponse {
  /** 接口返回model */
  result?: AlibabaAlihealthDrugKytDrVaequipmentListResult2;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Result` of `alibaba.alihealth.drug.kyt.dr.vaequipment.list`. */
export interface AlibabaAlihealthDrugKytDrVaequipmentListResult2 {
  /** 是否成功 */
  success?: boolean;
  /** model */
  model?: AlibabaAlihealthDrugKytDrVaequipmentListModel;
  /** msgInfo */
  msg_info?: string;
  /** msgCode */
  msg_code?: string;
}

/** `Model` of `alibaba.alihealth.drug.kyt.dr.vaequipment.list`. */
export interface AlibabaAlihealthDrugKytDrVaequipmentListModel {
  /** 查询列表 */
  list?: AlibabaAlihealthDrugKytDrVaequipmentListResult[];
  /** 页数 */
  pages?: Int64;
  /** 总数 */
  total_num?: Int64;
  /** 每页显示数量 */
  page_size?: Int64;
  /** 页码 */
  page?: Int64;
}

/** `Result` of `alibaba.alihealth.drug.kyt.dr.vaequipment.list`. */
export interface AlibabaAlihealthDrugKytDrVaequipmentListResult {
  /** 修改时间 */
  mod_date?: string;
  /** 设备地址 */
  address?: string;
  /** 备注 */
  comments?: string;
  /** 设备编号 */
  equipment_code?: string;
  /** 记录时间 */
  crt_date?: string;
  /** 设备类型 */
  equipment_type?: string;
  /** 关联状态 */
  associated_status?: string;
  /** 关联探头 */
  probe?: string;
  /** 记录修改人 */
  mod_ic_code?: string;
  /** 详细地址 */
  address_detail?: string;
  /** 地区 */
  dict_region_d_t_o?: string;
  /** 记录创建人 */
  crt_ic_code?: string;
  /** 所属企业 */
  ref_ent_id?: string;
  /** 设备名称 */
  equipment_name?: string;
  /** 设备主键 */
  va_equipment_id?: string;
  /** 设备状态 */
  status?: string;
}

const REQUEST_SCHEMA = {
  ref_ent_id: 'String',
  target_ref_ent_id: 'String',
  equipment_code_or_name: 'String',
  equipment_type: 'String',
  status: 'String',
  page: 'Number',
  page_size: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    model: {
      list: [
        {
          mod_date: 'String',
          address: 'String',
          comments: 'String',
          equipment_code: 'String',
          crt_date: 'String',
          equipment_type: 'String',
          associated_status: 'String',
          probe: 'String',
          mod_ic_code: 'String',
          address_detail: 'String',
          dict_region_d_t_o: 'String',
          crt_ic_code: 'String',
          ref_ent_id: 'String',
          equipment_name: 'String',
          va_equipment_id: 'String',
          status: 'String',
        },
      ],
      pages: 'Number',
      total_num: 'Number',
      page_size: 'Number',
      page: 'Number',
    },
    msg_info: 'String',
    msg_code: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihealth.drug.kyt.dr.vaequipment.list`: method, response root, request and response schemas. */
export const alibabaAlihealthDrugKytDrVaequipmentListOperation = {
  method: 'alibaba.alihealth.drug.kyt.dr.vaequipment.list',
  responseRoot: 'alibaba_alihealth_drug_kyt_dr_vaequipment_list_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取企业冷链设备信息 — calls TOP method `alibaba.alihealth.drug.kyt.dr.vaequipment.list`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihealthDrugKytDrVaequipmentList(
  client: TopClient,
  request: AlibabaAlihealthDrugKytDrVaequipmentListRequest,
  options?: CallOptions,
): Promise<AlibabaAlihealthDrugKytDrVaequipmentListResponse> {
  return client.call<AlibabaAlihealthDrugKytDrVaequipmentListResponse>(
    {
      method: 'alibaba.alihealth.drug.kyt.dr.vaequipment.list',
      responseRoot: 'alibaba_alihealth_drug_kyt_dr_vaequipment_list_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
