// Generated from specs/lstvending/alibaba.lst.vending.equipment.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.lst.vending.equipment.query` (自动售卖机设备信息查询). */
export interface AlibabaLstVendingEquipmentQueryRequest {
  /** 设备查询条件 */
  open_equipment_query?: AlibabaLstVendingEquipmentQueryOpenEquipmentQueryInput;
}

/** Response of `alibaba.lst.vending.equipment.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaLstVendingEquipmentQueryResponse {
  /** 结果集 */
  result?: AlibabaLstVendingEquipmentQueryResultDto;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `OpenEquipmentQuery` of `alibaba.lst.vending.equipment.query`. */
export interface AlibabaLstVendingEquipmentQueryOpenEquipmentQueryInput {
  /** 修改时间 */
  gmt_modified_range?: AlibabaLstVendingEquipmentQueryRangeInput;
  /** 每页记录数 */
  page_rows: Int64Input;
  /** 页数 */
  page_num: Int64Input;
  /** 创建时间 */
  gmt_create_range?: AlibabaLstVendingEquipmentQueryRangeInput;
  /** 排序条件 */
  sort_param_list: AlibabaLstVendingEquipmentQuerySortParamInput[];
}

/** `Range` of `alibaba.lst.vending.equipment.query`. */
export interface AlibabaLstVendingEquipmentQueryRangeInput {
  /** 结束时间 */
  end?: DateInput;
  /** 开始时间 */
  begin?: DateInput;
}

/** `SortParam` of `alibaba.lst.vending.equipment.query`. */
export interface AlibabaLstVendingEquipmentQuerySortParamInput {
  /** 排序字段名称：gmt_create创建时间、gmt_modified修改时间、id主键 */
  sort_field_name: string;
  /** 排序方式：asc、desc */
  sort_order?: string;
}

/** `ResultDto` of `alibaba.lst.vending.equipment.query`. */
export interface AlibabaLstVendingEquipmentQueryResultDto {
  /** 错误信息 */
  error_message?: string;
  /** 设备信息列表 */
  module_list?: AlibabaLstVendingEquipmentQueryOpenEquipmentDto[];
  /** 错误码 */
  error_code?: string;
  /** 是否执行异常 */
  success?: boolean;
}

/** `OpenEquipmentDto` of `alibaba.lst.vending.equipment.query`. */
export interface AlibabaLstVendingEquipmentQueryOpenEquipmentDto {
  /** 省份代码 */
  province_code?: string;
  /** 省份 */
  province?: string;
  /** 城市代码 */
  city_code?: string;
  /** 城市 */
  city?: string;
  /** 地区代码 */
  area_code?: string;
  /** 地区 */
  area?: string;
  /** 供应商代码 */
  supplier_code?: string;
  /** 型号名称 */
  model_name?: string;
  /** 设备代码 */
  equipment_code?: string;
  /** 设备激活时间 */
  enabled_time?: string;
  /** 设备ID */
  id?: Int64;
  /** 创建时间 */
  gmt_create?: Int64;
  /** 修改时间 */
  gmt_modified?: string;
  /** 设备状态：1未激活，2已激活，3已回收（转租） */
  status?: Int64;
  /** 设备回收（转租）时间 */
  recovered_time?: string;
}

const REQUEST_SCHEMA = {
  open_equipment_query: {
    gmt_modified_range: {
      end: 'Date',
      begin: 'Date',
    },
    page_rows: 'Number',
    page_num: 'Number',
    gmt_create_range: {
      end: 'Date',
      begin: 'Date',
    },
    sort_param_list: [
      {
        sort_field_name: 'String',
        sort_order: 'String',
      },
    ],
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    error_message: 'String',
    module_list: [
      {
        province_code: 'String',
        province: 'String',
        city_code: 'String',
        city: 'String',
        area_code: 'String',
        area: 'String',
        supplier_code: 'String',
        model_name: 'String',
        equipment_code: 'String',
        enabled_time: 'Date',
        id: 'Number',
        gmt_create: 'Number',
        gmt_modified: 'String',
        status: 'Number',
        recovered_time: 'Date',
      },
    ],
    error_code: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.lst.vending.equipment.query`: method, response root, request and response schemas. */
export const alibabaLstVendingEquipmentQueryOperation = {
  method: 'alibaba.lst.vending.equipment.query',
  responseRoot: 'alibaba_lst_vending_equipment_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 自动售卖机设备信息查询 — calls TOP method `alibaba.lst.vending.equipment.query`.
 *
 * 为零售通品牌商提供已租赁的设备信息查询。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaLstVendingEquipmentQuery(
  client: TopClient,
  request: AlibabaLstVendingEquipmentQueryRequest = {},
  options?: CallOptions,
): Promise<AlibabaLstVendingEquipmentQueryResponse> {
  return client.call<AlibabaLstVendingEquipmentQueryResponse>(
    {
      method: 'alibaba.lst.vending.equipment.query',
      responseRoot: 'alibaba_lst_vending_equipment_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
