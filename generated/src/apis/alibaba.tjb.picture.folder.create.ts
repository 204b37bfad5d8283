// Generated from specs/media/alibaba.tjb.picture.folder.create.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.tjb.picture.folder.create` (淘特图片空间创建文件夹). */
export interface AlibabaTjbPictureFolderCreateRequest {
  /** 父文件夹id。如果是传到根文件夹，该值为0。 */
  parent_folder_id: Int64Input;
  /** 文件夹名称，最长50个字符，仅可输入中英文、数字及!\@#%^&()-=_+.,~\`特殊字符。 */
  folder_name: string;
}

/** Response of `alibaba.tjb.picture.folder.create`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaTjbPictureFolderCreateResponse {
  /** 创建文件夹的返回数据 */
  data?: AlibabaTjbPictureFolderCreateTopCreateFolderDTO;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TopCreateFolderDTO` of `alibaba.tjb.picture.folder.create`. */
export interface AlibabaTjbPictureFolderCreateTopCreateFolderDTO {
  /** 创建的文件夹id */
  folder_id?: Int64;
}

const REQUEST_SCHEMA = {
  parent_folder_id: 'Number',
  folder_name: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  data: {
    folder_id: 'Number',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.tjb.picture.folder.create`: method, response root, request and response schemas. */
export const alibabaTjbPictureFolderCreateOperation = {
  method: 'alibaba.tjb.picture.folder.create',
  responseRoot: 'alibaba_tjb_picture_folder_create_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 淘特图片空间创建文件夹 — calls TOP method `alibaba.tjb.picture.folder.create`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaTjbPictureFolderCreate(
  client: TopClient,
  request: AlibabaTjbPictureFolderCreateRequest,
  options?: CallOptions,
): Promise<AlibabaTjbPictureFolderCreateResponse> {
  return client.call<AlibabaTjbPictureFolderCreateResponse>(
    {
      method: 'alibaba.tjb.picture.folder.create',
      responseRoot: 'alibaba_tjb_picture_folder_create_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
