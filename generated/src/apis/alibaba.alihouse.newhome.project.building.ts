// Generated from specs/alihouse/alibaba.alihouse.newhome.project.building.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihouse.newhome.project.building` (楼栋同步). */
export interface AlibabaAlihouseNewhomeProjectBuildingRequest {
  /** 楼栋请求实体 */
  building_dto: AlibabaAlihouseNewhomeProjectBuildingBuildingDtoInput;
}

/** Response of `alibaba.alihouse.newhome.project.building`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihouseNewhomeProjectBuildingResponse {
  /** 接口返回model */
  result?: AlibabaAlihouseNewhomeProjectBuildingResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `BuildingDto` of `alibaba.alihouse.newhome.project.building`. */
export interface AlibabaAlihouseNewhomeProjectBuildingBuildingDtoInput {
  /** 楼栋E码 */
  e_code?: string;
  /** 楼栋标题 */
  title: string;
  /** 开盘时间 格式：(yyyy-MM或yyyy-MM-dd) */
  developer_opening_time?: string;
  /** 交付时间 格式：(yyyy-MM或yyyy-MM-dd) */
  developer_due_time?: string;
  /** 几梯（单层） >=0 */
  elevator_no?: Int64Input;
  /** 几户（单层） >0 */
  household_no?: Int64Input;
  /** 单元数 >0 */
  units?: Int64Input;
  /** 层数 >0 */
  floors?: Int64Input;
  /** 户数 >0 */
  rooms?: Int64Input;
  /** 外部货-楼栋id（外部唯一识别码） */
  outer_tid: string;
  /** 货商品id */
  item_id?: Int64Input;
  /** 外部私域楼盘ID */
  outer_id: string;
  /** 外部项目店ID */
  outer_store_id?: string;
  /** 货的销售状态 0-待定 1-待售 2-在售 3-售罄 4-停售 */
  sales_status: Int64Input;
  /** 货下挂的其他品列表 */
  extend?: AlibabaAlihouseNewhomeProjectBuildingGoodsRelationDtoInput[];
  /** 货下挂的其他货列表 */
  relation_cargos?: AlibabaAlihouseNewhomeProjectBuildingGoodsRelationDtoInput2[];
  /** 类型 1-安心置业 2-特价房 3-0元购 4-大额电商券 5-认购商品 6-楼栋 7-户型 8-房源 */
  type: Int64Input;
  /** 楼栋号 */
  building_no?: string;
  /** 是否为货 0-非货 1-货 */
  is_cargo?: Int64Input;
  /** 是否有电梯 0-否 1-是 */
  is_elevator?: Int64Input;
}

/** `GoodsRelationDto` of `alibaba.alihouse.newhome.project.building`. */
export interface AlibabaAlihouseNewhomeProjectBuildingGoodsRelationDtoInput {
  /** 品所属商品id */
  relation_item_id?: Int64Input;
  /** 品所属商品skuid */
  relation_sku_id?: Int64Input;
  /** 类型 1-安心置业 2-特价房 3-0元购 4-大额电商券 5-认购商品 */
  type?: Int64Input;
}

/** `GoodsRelationDto` of `alibaba.alihouse.newhome.project.building`. */
export interface AlibabaAlihouseNewhomeProjectBuildingGoodsRelationDtoInput2 {
  /** 类型 6-楼栋 7-户型 8-房源 */
  type?: Int64Input;
  /** 货所属商品skuid(本期不需填，扩展字段) */
  relation_sku_id?: Int64Input;
  /** 货所属商品id */
  relation_item_id?: Int64Input;
}

/** `Result` of `alibaba.alihouse.newhome.project.building`. */
export interface AlibabaAlihouseNewhomeProjectBuildingResult {
  /** code */
  code?: string;
  /** message */
  message?: string;
  /** 是否成功 */
  success?: boolean;
  /** 返回素材id */
  data?: Int64;
}

const REQUEST_SCHEMA = {
  building_dto: {
    e_code: 'String',
    title: 'String',
    developer_opening_time: 'String',
    developer_due_time: 'String',
    elevator_no: 'Number',
    household_no: 'Number',
    units: 'Number',
    floors: 'Number',
    rooms: 'Number',
    outer_tid: 'String',
    item_id: 'Number',
    outer_id: 'String',
    outer_store_id: 'String',
    sales_status: 'Number',
    extend: [
      {
        relation_item_id: 'Number',
        relation_sku_id: 'Number',
        type: 'Number',
      },
    ],
    relation_cargos: [
      {
        type: 'Number',
        relation_sku_id: 'Number',
        relation_item_id: 'Number',
      },
    ],
    type: 'Number',
    building_no: 'String',
    is_cargo: 'Number',
    is_elevator: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    code: 'String',
    message: 'String',
    success: 'Boolean',
    data: 'Number',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihouse.newhome.project.building`: method, response root, request and response schemas. */
export const alibabaAlihouseNewhomeProjectBuildingOperation = {
  method: 'alibaba.alihouse.newhome.project.building',
  responseRoot: 'alibaba_alihouse_newhome_project_building_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 楼栋同步 — calls TOP method `alibaba.alihouse.newhome.project.building`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihouseNewhomeProjectBuilding(
  client: TopClient,
  request: AlibabaAlihouseNewhomeProjectBuildingRequest,
  options?: CallOptions,
): Promise<AlibabaAlihouseNewhomeProjectBuildingResponse> {
  return client.call<AlibabaAlihouseNewhomeProjectBuildingResponse>(
    {
      method: 'alibaba.alihouse.newhome.project.building',
      responseRoot: 'alibaba_alihouse_newhome_project_building_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
