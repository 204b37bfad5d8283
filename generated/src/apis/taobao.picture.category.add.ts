// Generated from specs/media/taobao.picture.category.add.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.picture.category.add` (新增图片分类信息). */
export interface TaobaoPictureCategoryAddRequest {
  /** 图片分类名称，最大长度20字符，中文字符算2个字符，不能为空 */
  picture_category_name: string;
  /** 图片分类的父分类,一级分类的parent_id为0,二级分类的则为其父分类的picture_category_id */
  parent_id?: Int64Input;
}

/** Response of `taobao.picture.category.add`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoPictureCategoryAddResponse {
  /** 图片分类信息 */
  picture_category?: TaobaoPictureCategoryAddPictureCategory;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `PictureCategory` of `taobao.picture.category.add`. */
export interface TaobaoPictureCategoryAddPictureCategory {
  /** 图片分类ID */
  picture_category_id?: Int64;
  /** 图片分类名 */
  picture_category_name?: string;
  /** 图片分类排序 */
  position?: Int64;
  /** 图片分类型别，sys-fixture代表店铺装修分类(系统分类)，sys-auction代表宝贝图片分类(系统分类)，user-define代表用户自定义分类 */
  type?: string;
  /** 分类下的图片数 */
  total?: Int64;
  /** 图片类目的创建时间 */
  created?: string;
  /** 图片分类的修改时间 */
  modified?: string;
  /**
   * 一级分类的parent_id为0
   * 二级分类的则为其父分类的picture_category_id
   */
  parent_id?: Int64;
}

const REQUEST_SCHEMA = {
  picture_category_name: 'String',
  parent_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  picture_category: {
    picture_category_id: 'Number',
    picture_category_name: 'String',
    position: 'Number',
    type: 'String',
    total: 'Number',
    created: 'Date',
    modified: 'Date',
    parent_id: 'Number',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.picture.category.add`: method, response root, request and response schemas. */
export const taobaoPictureCategoryAddOperation = {
  method: 'taobao.picture.category.add',
  responseRoot: 'picture_category_add_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 新增图片分类信息 — calls TOP method `taobao.picture.category.add`.
 *
 * 同一卖家最多添加500个图片分类，图片分类名称长度最大为20个字符
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoPictureCategoryAdd(
  client: TopClient,
  request: TaobaoPictureCategoryAddRequest,
  options?: CallOptions,
): Promise<TaobaoPictureCategoryAddResponse> {
  return client.call<TaobaoPictureCategoryAddResponse>(
    {
      method: 'taobao.picture.category.add',
      responseRoot: 'picture_category_add_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
