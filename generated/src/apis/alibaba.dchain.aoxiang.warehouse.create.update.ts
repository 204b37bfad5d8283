// Generated from specs/ascp/alibaba.dchain.aoxiang.warehouse.create.update.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.dchain.aoxiang.warehouse.create.update` (仓库信息同步). */
export interface AlibabaDchainAoxiangWarehouseCreateUpdateRequest {
  /** 仓信息同步入参 */
  warehouse_upsert_request: AlibabaDchainAoxiangWarehouseCreateUpdateWarehouseUpsertRequestInput;
}

/** Response of `alibaba.dchain.aoxiang.warehouse.create.update`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaDchainAoxiangWarehouseCreateUpdateResponse {
  /** 处理结果 */
  warehouse_upsert_response?: AlibabaDchainAoxiangWarehouseCreateUpdateWarehouseUpsertResponse;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `WarehouseUpsertRequest` of `alibaba.dchain.aoxiang.warehouse.create.update`. */
export interface AlibabaDchainAoxiangWarehouseCreateUpdateWarehouseUpsertRequestInput {
  /** 仓信息数组 ；最多50条 */
  warehouse_infos: AlibabaDchainAoxiangWarehouseCreateUpdateWarehouseInfoInput[];
  /** 业务请求ID，用于做幂等 */
  request_id: string;
  /** ERP调翱象接口创建货品的时间戳 */
  request_time: Int64Input;
}

/** `WarehouseInfo` of `alibaba.dchain.aoxiang.warehouse.create.update`. */
export interface AlibabaDchainAoxiangWarehouseCreateUpdateWarehouseInfoInput {
  /** 仓库编码，string（50) 卖家下唯一主键 erp维度是会员ID+仓库ID生成同步过来的仓库编码，确保唯一，接口交互时货主下资源的唯一主键； */
  erp_warehouse_code: string;
  /** 商家编码，string（50) 商家在erp设置的商家编码，商家可编辑 */
  erp_warehouse_biz_code?: string;
  /** 仓库名称，string（50） */
  erp_warehouse_name: string;
  /** WMS仓编码，string（50） */
  wms_warehouse_code?: string;
  /** WMS仓名称，string（50） */
  wms_warehouse_name?: string;
  /** 省份，string（15) */
  province?: string;
  /** 城市，string（15） */
  city?: string;
  /** 地区，string（15） */
  area?: string;
  /** 乡镇，string（15） */
  town?: string;
  /** 详细地址，string（50） */
  detail_address?: string;
  /** 邮编，string（15） */
  zip_code?: string;
  /** 联系人信息；必填 1个 */
  contact_infos?: AlibabaDchainAoxiangWarehouseCreateUpdateContactInfoInput[];
  /** 状态：0=停用；1=启用 */
  status?: string;
}

/** `ContactInfo` of `alibaba.dchain.aoxiang.warehouse.create.update`. */
export interface AlibabaDchainAoxiangWarehouseCreateUpdateContactInfoInput {
  /** 联系人分组，string（50），mr=默认组，th=退货组，kf=客服组，rk=入库组，ck=出库组，kn=库内组 */
  type?: string;
  /** 联系人名称，string（20） */
  name?: string;
  /** 联系人手机，string（20) */
  mobile?: string;
  /** 固定电话 ，string（20) */
  tel?: string;
  /** 省份，string（15) */
  province?: string;
  /** 城市，string（15） */
  city?: string;
  /** 地区，string（15） */
  area?: string;
  /** 乡镇，string（15） */
  town?: string;
  /** 详细地址，string（50） */
  detail_address?: string;
}

/** `WarehouseUpsertResponse` of `alibaba.dchain.aoxiang.warehouse.create.update`. */
export interface AlibabaDchainAoxiangWarehouseCreateUpdateWarehouseUpsertResponse {
  /** 系统成功失败 true|false */
  success?: boolean;
  /** 响应码 */
  code?: string;
  /** 响应信息 */
  message?: string;
  /** 业务处理结果 */
  data?: AlibabaDchainAoxiangWarehouseCreateUpdateDataDetail;
}

/** `DataDetail` of `alibaba.dchain.aoxiang.warehouse.create.update`. */
export interface AlibabaDchainAoxiangWarehouseCreateUpdateDataDetail {
  /** 0=全部失败，1=全部成功，2=部分成功 */
  result?: string;
  /** 详细信息 */
  detail?: AlibabaDchainAoxiangWarehouseCreateUpdateDetailItem[];
}

/** `DetailItem` of `alibaba.dchain.aoxiang.warehouse.create.update`. */
export interface AlibabaDchainAoxiangWarehouseCreateUpdateDetailItem {
  /** true|false */
  success?: boolean;
  /** 响应码 */
  code?: string;
  /** 响应信息 */
  message?: string;
  /** 卖家ID */
  seller_id?: string;
  /** 仓编码 */
  warehouse_code?: string;
}

const REQUEST_SCHEMA = {
  warehouse_upsert_request: {
    warehouse_infos: [
      {
        erp_warehouse_code: 'String',
        erp_warehouse_biz_code: 'String',
        erp_warehouse_name: 'String',
        wms_warehouse_code: 'String',
        wms_warehouse_name: 'String',
        province: 'String',
        city: 'String',
        area: 'String',
        town: 'String',
        detail_address: 'String',
        zip_code: 'String',
        contact_infos: [
          {
            type: 'String',
            name: 'String',
            mobile: 'String',
            tel: 'String',
            province: 'String',
            city: 'String',
            area: 'String',
            town: 'String',
            detail_address: 'String',
          },
        ],
        status: 'String',
      },
    ],
    request_id: 'String',
    request_time: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  warehouse_upsert_response: {
    success: 'Boolean',
    code: 'String',
    message: 'String',
    data: {
      result: 'String',
      detail: [
        {
          success: 'Boolean',
          code: 'String',
          message: 'String',
          seller_id: 'String',
          warehouse_code: 'String',
        },
      ],
    },
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.dchain.aoxiang.warehouse.create.update`: method, response root, request and response schemas. */
export const alibabaDchainAoxiangWarehouseCreateUpdateOperation = {
  method: 'alibaba.dchain.aoxiang.warehouse.create.update',
  responseRoot: 'alibaba_dchain_aoxiang_warehouse_create_update_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 仓库信息同步 — calls TOP method `alibaba.dchain.aoxiang.warehouse.create.update`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaDchainAoxiangWarehouseCreateUpdate(
  client: TopClient,
  request: AlibabaDchainAoxiangWarehouseCreateUpdateRequest,
  options?: CallOptions,
): Promise<AlibabaDchainAoxiangWarehouseCreateUpdateResponse> {
  return client.call<AlibabaDchainAoxiangWarehouseCreateUpdateResponse>(
    {
      method: 'alibaba.dchain.aoxiang.warehouse.create.update',
      responseRoot: 'alibaba_dchain_aoxiang_warehouse_create_update_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
