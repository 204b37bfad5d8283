// Generated from specs/alihouse/alibaba.alihouse.newhome.picture.sync.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihouse.newhome.picture.sync` (图片数据同步). */
export interface AlibabaAlihouseNewhomePictureSyncRequest {
  /** 数据 */
  project_picture_data: AlibabaAlihouseNewhomePictureSyncProjectPictureDtoInput;
}

/** Response of `alibaba.alihouse.newhome.picture.sync`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihouseNewhomePictureSyncResponse {
  /** 接口返回model */
  result?: AlibabaAlihouseNewhomePictureSyncResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ProjectPictureDto` of `alibaba.alihouse.newhome.picture.sync`. */
export interface AlibabaAlihouseNewhomePictureSyncProjectPictureDtoInput {
  /** 是否删除 1 是 0 否 */
  is_deleted?: string;
  /** 说明描述 */
  description?: string;
  /** 图片全路径 */
  pic_data: string;
  /** 图片分类 */
  category: Int64Input;
  /** 图片排序值 */
  order_tag?: Int64Input;
  /** 外部户型ID */
  outer_layout_id?: string;
  /** 楼盘ID */
  outer_id: string;
  /** 图片唯一ID */
  outer_picture_id: string;
  /** 数据源类型（1-新房 2-二手房） */
  source_type?: Int64Input;
  /** 是否焦点图 1-是 0-否 */
  is_focus?: Int64Input;
  /** 是否封面图 1-是 0-否 */
  is_cover?: Int64Input;
  /** 1111 */
  outer_house_id?: string;
  /** 2222 */
  outer_house_base_id?: string;
  /** 11111 */
  outer_layout_tid?: string;
  /** 22222 */
  outer_building_id?: string;
  /** 1111 */
  outer_store_id?: string;
  /** 1111 */
  outer_sales_time_id?: string;
}

/** `Result` of `alibaba.alihouse.newhome.picture.sync`. */
export interface AlibabaAlihouseNewhomePictureSyncResult {
  /** 图片外部ID */
  data?: string;
  /** 是否成功 */
  success?: boolean;
  /** message */
  message?: string;
  /** code */
  code?: string;
}

const REQUEST_SCHEMA = {
  project_picture_data: {
    is_deleted: 'String',
    description: 'String',
    pic_data: 'String',
    category: 'Number',
    order_tag: 'Number',
    outer_layout_id: 'String',
    outer_id: 'String',
    outer_picture_id: 'String',
    source_type: 'Number',
    is_focus: 'Number',
    is_cover: 'Number',
    outer_house_id: 'String',
    outer_house_base_id: 'String',
    outer_layout_tid: 'String',
    outer_building_id: 'String',
    outer_store_id: 'String',
    outer_sales_time_id: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    data: 'String',
    success: 'Boolean',
    message: 'String',
    code: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihouse.newhome.picture.sync`: method, response root, request and response schemas. */
export const alibabaAlihouseNewhomePictureSyncOperation = {
  method: 'alibaba.alihouse.newhome.picture.sync',
  responseRoot: 'alibaba_alihouse_newhome_picture_sync_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 图片数据同步 — calls TOP method `alibaba.alihouse.newhome.picture.sync`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihouseNewhomePictureSync(
  client: TopClient,
  request: AlibabaAlihouseNewhomePictureSyncRequest,
  options?: CallOptions,
): Promise<AlibabaAlihouseNewhomePictureSyncResponse> {
  return client.call<AlibabaAlihouseNewhomePictureSyncResponse>(
    {
      method: 'alibaba.alihouse.newhome.picture.sync',
      responseRoot: 'alibaba_alihouse_newhome_picture_sync_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
